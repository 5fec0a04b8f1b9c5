/**
 * How the backup CLIs reach the database. With NEO4J_URI set, like every command. Without it, the
 * local Neo4j: a backup is meant to run while the app runs, and the app's local Neo4j holds the
 * store lock, so when a live local Neo4j already serves NEO4J_STATE_DIR the CLI connects to it
 * (its Bolt port from the conf it was started with, its kept password) instead of starting one.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../../tools/neo4j/install.js';
import { connect, type Connection } from '../db/connect.js';
import { Database } from '../db/driver.js';
import type { Env } from '../env.js';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Bolt URI and password of a running local Neo4j serving `stateDir`, or undefined. */
function runningLocalNeo4j(stateDir: string, password: string | undefined): { uri: string; password: string } | undefined {
  const pidFile = path.join(stateDir, 'java.pid');
  const conf = path.join(stateDir, 'conf', 'neo4j.conf');
  if (!existsSync(pidFile) || !existsSync(conf)) return undefined;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  if (!(pid > 0 && isAlive(pid))) return undefined;
  const cmdline = existsSync(`/proc/${pid}/cmdline`) ? readFileSync(`/proc/${pid}/cmdline`, 'utf8') : '';
  if (!cmdline.includes('CommunityEntryPoint')) return undefined;
  const address = /^server\.bolt\.listen_address=(.+)$/m.exec(readFileSync(conf, 'utf8'))?.[1]?.trim();
  const passwordFile = path.join(stateDir, 'password');
  const kept = password ?? (existsSync(passwordFile) ? readFileSync(passwordFile, 'utf8').trim() : undefined);
  if (!address || !kept) return undefined;
  return { uri: `bolt://${address}`, password: kept };
}

export async function connectForMaintenance(env: Env, log: (line: string) => void): Promise<Connection> {
  if (!env.NEO4J_URI) {
    const stateDir = env.NEO4J_STATE_DIR ?? path.join(repoRoot, '.neo4j', 'local');
    const running = runningLocalNeo4j(stateDir, env.NEO4J_PASSWORD);
    if (running) {
      log(`Using the local Neo4j already running on ${running.uri} (${stateDir}).`);
      const db = new Database({
        uri: running.uri,
        user: env.NEO4J_USER,
        password: running.password,
        database: env.NEO4J_DATABASE,
        queryTimeoutMs: env.NEO4J_QUERY_TIMEOUT_MS,
      });
      try {
        await db.verifyConnectivity();
      } catch (error) {
        await db.close();
        throw error;
      }
      return { db, close: () => db.close() };
    }
  }
  return connect(env, log);
}
