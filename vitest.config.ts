import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/global-neo4j.ts'],
    // One throwaway Neo4j serves the whole run; files that write to it must not interleave.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
    reporters: ['default', ['json', { outputFile: '.artifacts/vitest-results.json' }]],
  },
});
