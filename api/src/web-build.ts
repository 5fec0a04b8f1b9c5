import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const webRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web');

/** The production app, or the browser tests' build (the same app with the window.__liaison hook). */
export type WebBuild = 'production' | 'e2e';

/** Where a build lands (web/vite.config.ts chooses the same folders by mode). */
export function webDistOf(build: WebBuild): string {
  return path.join(webRoot, build === 'e2e' ? 'dist-e2e' : 'dist');
}

export const webDist = webDistOf('production');

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(target).map((name) => newestMtime(path.join(target, name))));
}

/** True when the build is missing or older than any web source. */
export function webBuildIsStale(build: WebBuild = 'production'): boolean {
  const index = path.join(webDistOf(build), 'index.html');
  const built = existsSync(index) ? statSync(index).mtimeMs : 0;
  const sources = Math.max(
    newestMtime(path.join(webRoot, 'src')),
    newestMtime(path.join(webRoot, 'index.html')),
    newestMtime(path.join(webRoot, 'vite.config.ts')),
  );
  return built === 0 || sources > built;
}

/** Builds the web app with Vite when needed (first start, or after an edit). */
export async function ensureWebBuild(log: (line: string) => void, build: WebBuild = 'production'): Promise<void> {
  if (!webBuildIsStale(build)) return;
  log(build === 'e2e' ? 'Building the web app for the browser tests (vite build --mode e2e)…' : 'Building the web app (vite build)…');
  const { build: viteBuild } = await import('vite');
  await viteBuild({ root: webRoot, configFile: path.join(webRoot, 'vite.config.ts'), mode: build, logLevel: 'warn' });
}
