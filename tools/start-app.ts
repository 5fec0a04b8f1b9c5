/**
 * Starts the app as `npm start` does, in a child process, and waits for its "ready" line. Shared
 * by the browser tests and the web benchmark, which both serve the e2e build of the web app (the
 * one with the window.__liaison hook).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

export interface RunningApp {
  url: string;
  stop(): Promise<void>;
}

/** Runs api/src/main.ts with `env` on top of this process's environment; rejects with its output if it exits or stalls. */
export async function startApp(env: Record<string, string>, timeoutMs: number): Promise<RunningApp> {
  let output = '';
  const app: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'api/src/main.ts'], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'warn', WEB_TEST_HOOK: 'true', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  app.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  app.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + timeoutMs;
  while (!/Liaison is ready .*http:\/\/\S+/.test(output)) {
    if (app.exitCode !== null || Date.now() > deadline) {
      app.kill('SIGTERM');
      throw new Error(`the app did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const url = /http:\/\/\S+/.exec(output.slice(output.indexOf('Liaison is ready')))![0];
  return {
    url,
    async stop() {
      if (app.exitCode !== null) return;
      const exited = new Promise((resolve) => app.once('exit', resolve));
      app.kill('SIGTERM');
      await exited;
    },
  };
}
