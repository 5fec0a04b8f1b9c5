import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startLocalNeo4j, type LocalNeo4j } from '../../tools/neo4j/local-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { uri: string; user: string; password: string; database: string };
  }
}

let server: LocalNeo4j | undefined;
let stateDir = '';

/** One throwaway Neo4j per test run: its own data folder, a free port, a random password. */
export async function setup(project: TestProject): Promise<void> {
  stateDir = mkdtempSync(path.join(os.tmpdir(), 'liaison-test-neo4j-'));
  const started = Date.now();
  server = await startLocalNeo4j({
    stateDir,
    boltPort: 0,
    password: randomBytes(12).toString('hex'),
    heap: process.env.NEO4J_HEAP ?? '512m',
    pageCache: process.env.NEO4J_PAGECACHE ?? '128m',
    // A busy machine (load 30 on 2 cores) can take minutes to start a JVM.
    readyTimeoutMs: 360_000,
  });
  console.log(`[tests] throwaway Neo4j on ${server.uri} ready in ${((Date.now() - started) / 1000).toFixed(1)} s (${stateDir})`);
  project.provide('neo4j', { uri: server.uri, user: server.user, password: server.password, database: 'neo4j' });
}

export async function teardown(): Promise<void> {
  await server?.stop();
  if (stateDir) rmSync(stateDir, { recursive: true, force: true });
}
