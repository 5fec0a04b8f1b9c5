import { defineConfig } from 'vite';

/**
 * `vite build` makes the production app in dist. `vite build --mode e2e` makes the browser tests'
 * build in dist-e2e: the same app plus the window.__liaison hook (src/testHook.tsx), which
 * production bundles leave out because VITE_TEST_HOOK is then undefined at build time.
 */
export default defineConfig(({ mode }) => ({
  root: import.meta.dirname,
  define: mode === 'e2e' ? { 'import.meta.env.VITE_TEST_HOOK': JSON.stringify('true') } : {},
  build: {
    outDir: mode === 'e2e' ? 'dist-e2e' : 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      // TanStack Query marks its hooks "use client" for server-component bundlers; a client-only app can ignore that.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
}));
