import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '../..');

/** Generous on purpose: these waits end on an event, so a fast machine never pays for them. */
export const PATIENCE_MS = 600_000;

export interface Spawned {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** Runs a TypeScript entry point of the repository (e.g. api/src/main.ts) as a real child process. */
export function spawnEntry(entry: string, env: Record<string, string>): Spawned {
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, entry)], {
    cwd: repoRoot,
    // The launcher's own start deadline follows the same patience as the tests' waits.
    env: { ...process.env, NEO4J_START_TIMEOUT_S: String(PATIENCE_MS / 1000), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** Polls `probe` until it returns a value other than undefined; fails with `describe()` after `timeoutMs`. */
export async function waitUntil<T>(
  probe: () => T | undefined | Promise<T | undefined>,
  {
    timeoutMs = PATIENCE_MS,
    intervalMs = 100,
    describe = () => 'the condition',
  }: { timeoutMs?: number; intervalMs?: number; describe?: () => string } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${describe()}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** Waits until the child's output matches `pattern`; fails at once if the child exits first. */
export function waitForOutput(run: Spawned, pattern: RegExp, timeoutMs = PATIENCE_MS): Promise<RegExpExecArray> {
  return waitUntil(
    () => {
      const match = pattern.exec(run.output());
      if (match) return match;
      if (run.child.exitCode !== null) throw new Error(`exited early (code ${run.child.exitCode}) before ${pattern}:\n${run.output()}`);
      return undefined;
    },
    { timeoutMs, intervalMs: 100, describe: () => `${pattern} in:\n${run.output()}` },
  );
}

/** Sends `signal` and resolves once the child has exited. */
export async function stopChild(run: Spawned, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
  if (run.child.exitCode === null && run.child.signalCode === null) run.child.kill(signal);
  return run.exited;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A local Neo4j store that `npm start` and `npm run neo4j` run on (no NEO4J_URI). */
export interface LocalStore {
  stateDir: string;
  boltPort: number;
  password: string;
}

/** The environment that points `npm start` or `npm run neo4j` at a local store, with a small page cache. */
export function localStoreEnv(store: LocalStore): Record<string, string> {
  return {
    NEO4J_URI: '',
    NEO4J_STATE_DIR: store.stateDir,
    NEO4J_BOLT_PORT: String(store.boltPort),
    NEO4J_PASSWORD: store.password,
    NEO4J_PAGECACHE: '64m',
  };
}

/** Runs `npm start`'s entry point with its own local Neo4j on `store`, as a user would (no seed unless asked). */
export function spawnMainOnStore(store: LocalStore, port: number, env: Record<string, string> = {}): Spawned {
  return spawnEntry('api/src/main.ts', { ...localStoreEnv(store), PORT: String(port), SEED_ON_START: 'false', LOG_LEVEL: 'warn', ...env });
}

/** The pid of the store's Neo4j JVM, as the launcher wrote it. */
export function javaPidOf(stateDir: string): number {
  return Number(readFileSync(path.join(stateDir, 'java.pid'), 'utf8'));
}

/** `kill -9` of a process; the promise resolves once it has exited (the kill itself is immediate). */
export function killHard(pid: number): Promise<true> {
  process.kill(pid, 'SIGKILL');
  return waitUntil(() => (isAlive(pid) ? undefined : true), { intervalMs: 5, describe: () => `process ${pid} to exit` });
}
