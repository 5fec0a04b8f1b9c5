import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { LocalNeo4jError } from './errors.js';
import { checkJava, ensureNeo4jJars, libDir } from './install.js';
import { findFreePort, isPortFree } from './ports.js';
import { databaseNames } from './read-only-recovery.js';

/** Neo4j's own default for db.tx_log.rotation.size. */
export const DEFAULT_TX_LOG_ROTATION_SIZE = '256m';

export interface LocalNeo4jOptions {
  /** Holds conf/, data/, logs/, run/ and the generated password. */
  stateDir: string;
  /** 0 picks any free port. */
  boltPort: number;
  /** Used for a fresh store; otherwise the one kept in stateDir/password, or a generated one. */
  password?: string;
  heap: string;
  pageCache: string;
  /** Heap one transaction may use (db.memory.transaction.max), e.g. 128m; 0 means unlimited. */
  transactionMemory?: string;
  /** Heap all transactions together may use (dbms.memory.transaction.total.max); 0 means unlimited. */
  transactionMemoryTotal?: string;
  /**
   * db.tx_log.rotation.size (Neo4j's default 256m). Each log file is preallocated, so a full disk
   * reaches the writes only at the next rotation: `npm run chaos` sets 128k to meet it at once.
   */
  txLogRotationSize?: string;
  readyTimeoutMs?: number;
  log?: (line: string) => void;
}

export interface LocalNeo4j {
  uri: string;
  user: string;
  password: string;
  boltPort: number;
  pid: number;
  /** Settles when the JVM exits, for whatever reason (stop(), a crash, kill -9). */
  exited: Promise<LocalNeo4jExit>;
  /** SIGTERM, wait for a clean shutdown, SIGKILL after the grace period. */
  stop(): Promise<void>;
}

export interface LocalNeo4jExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** The last lines the server printed, to explain a crash. */
  lastLines: string;
}

const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-Dfile.encoding=UTF-8',
  '-Dlog4j2.disable.jmx=true',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
];

/** The defaults match a 512m heap: one transaction may not take more than a quarter of it. */
export const DEFAULT_TRANSACTION_MEMORY = '128m';
export const DEFAULT_TRANSACTION_MEMORY_TOTAL = '320m';

function writeConfig(stateDir: string, boltPort: number, options: LocalNeo4jOptions): string {
  const confDir = path.join(stateDir, 'conf');
  mkdirSync(confDir, { recursive: true });
  // Loopback only, auth on, HTTP and routing off: a single local instance opens one port.
  const lines = [
    'server.default_listen_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${boltPort}`,
    'server.http.enabled=false',
    'server.https.enabled=false',
    'dbms.routing.enabled=false',
    `server.directories.data=${path.join(stateDir, 'data')}`,
    `server.directories.logs=${path.join(stateDir, 'logs')}`,
    `server.directories.run=${path.join(stateDir, 'run')}`,
    `server.directories.lib=${libDir}`,
    `server.memory.pagecache.size=${options.pageCache}`,
    // A runaway query fails with MemoryPoolOutOfMemoryError instead of starving every other one.
    `db.memory.transaction.max=${options.transactionMemory ?? DEFAULT_TRANSACTION_MEMORY}`,
    `dbms.memory.transaction.total.max=${options.transactionMemoryTotal ?? DEFAULT_TRANSACTION_MEMORY_TOTAL}`,
    'db.transaction.timeout=60s',
    `db.tx_log.rotation.size=${options.txLogRotationSize ?? DEFAULT_TX_LOG_ROTATION_SIZE}`,
    // Ctrl-C should not wait 10 s for transactions that are already gone.
    'db.shutdown_transaction_end_timeout=2s',
    'internal.server.bolt.thread_pool_shutdown_wait_time=1s',
    'dbms.usage_report.enabled=false',
    'dbms.security.auth_enabled=true',
  ];
  writeFileSync(path.join(confDir, 'neo4j.conf'), `${lines.join('\n')}\n`);
  return confDir;
}

/** The databases the conf of the local Neo4j makes read-only (`server.databases.read_only`); Liaison's own conf names none. */
export function readOnlyInConf(stateDir: string): string[] {
  const conf = path.join(stateDir, 'conf', 'neo4j.conf');
  const value = existsSync(conf) ? /^server\.databases\.read_only=(.*)$/m.exec(readFileSync(conf, 'utf8'))?.[1] : undefined;
  return databaseNames(value ?? '');
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function pidFile(stateDir: string): string {
  return path.join(stateDir, 'java.pid');
}

/** The pid of a live local Neo4j JVM serving `stateDir` (from the pid file the launcher writes), if any. */
function runningServerPid(stateDir: string): number | undefined {
  const file = pidFile(stateDir);
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, 'utf8').trim());
  if (!(pid > 0 && isAlive(pid))) return undefined;
  // A recycled pid that now belongs to another program is not our server.
  const cmdline = existsSync(`/proc/${pid}/cmdline`) ? readFileSync(`/proc/${pid}/cmdline`, 'utf8') : '';
  return cmdline.includes('CommunityEntryPoint') ? pid : undefined;
}

/** A JVM left behind by a killed launcher still holds the store lock: name it instead of failing later. */
function checkNoLeftoverServer(stateDir: string): void {
  const pid = runningServerPid(stateDir);
  if (pid !== undefined) {
    throw new LocalNeo4jError(
      'STORE_LOCKED',
      `Another local Neo4j (pid ${pid}) is already using ${stateDir}: stop it with "kill ${pid}" and start again.`,
    );
  }
  rmSync(pidFile(stateDir), { force: true });
}

/** The password kept in stateDir/password by the first start, if any. */
function keptPassword(stateDir: string): string | undefined {
  const file = path.join(stateDir, 'password');
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined;
}

function resolvePassword(stateDir: string, requested: string | undefined): string {
  const kept = requested || keptPassword(stateDir);
  if (kept) return kept;
  // Hex: base64url may start with '-', which neo4j-admin takes for an option.
  const generated = randomBytes(16).toString('hex');
  writeFileSync(path.join(stateDir, 'password'), `${generated}\n`, { mode: 0o600 });
  return generated;
}

/**
 * Bolt URI and password of a local Neo4j that another process (e.g. `npm start`) already runs on
 * `stateDir`, or undefined: its port from the conf it was started with, its password `password`
 * or the kept one. The store lock forbids a second server, so maintenance commands connect to it.
 */
export function runningLocalNeo4j(stateDir: string, password?: string): { uri: string; user: string; password: string } | undefined {
  const conf = path.join(stateDir, 'conf', 'neo4j.conf');
  if (runningServerPid(stateDir) === undefined || !existsSync(conf)) return undefined;
  const address = /^server\.bolt\.listen_address=(.+)$/m.exec(readFileSync(conf, 'utf8'))?.[1]?.trim();
  const kept = password ?? keptPassword(stateDir);
  if (!address || !kept) return undefined;
  return { uri: `bolt://${address}`, user: 'neo4j', password: kept };
}

function setInitialPassword(stateDir: string, confDir: string, password: string): void {
  // Only effective before the first start, exactly like NEO4J_AUTH in the Docker image.
  const result = spawnSync('java', ['-cp', `${libDir}/*`, 'org.neo4j.server.startup.Neo4jAdminCommand', 'dbms', 'set-initial-password', password], {
    encoding: 'utf8',
    env: { ...process.env, NEO4J_HOME: stateDir, NEO4J_CONF: confDir },
  });
  if (result.status !== 0) {
    throw new LocalNeo4jError('START_FAILED', `Setting the initial Neo4j password failed: ${result.stderr.trim() || result.stdout.trim()}`);
  }
}

function explainExit(output: string, code: number | null, boltPort: number, stateDir: string): LocalNeo4jError {
  if (/store_lock|Lock file has been locked/i.test(output)) {
    return new LocalNeo4jError(
      'STORE_LOCKED',
      `The Neo4j store in ${stateDir} is locked by another process: stop the other Neo4j using it (see "pgrep -af CommunityEntryPoint") and start again.`,
    );
  }
  if (/already in use|Address already in use|cannot bind/i.test(output)) {
    return new LocalNeo4jError(
      'PORT_IN_USE',
      `Port ${boltPort} is already in use: stop what holds it or set NEO4J_BOLT_PORT to another port (0 picks a free one).`,
    );
  }
  const tail = output.trim().split('\n').slice(-8).join('\n');
  return new LocalNeo4jError('START_FAILED', `The local Neo4j exited with code ${code} before it was ready; its last lines:\n${tail}`);
}

async function waitForBolt(
  uri: string,
  password: string,
  child: ChildProcess,
  timeoutMs: number,
  exited: () => LocalNeo4jError | null,
): Promise<void> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), {
    connectionTimeout: 2000,
    maxConnectionPoolSize: 1,
    logging: { level: 'error', logger: () => {} },
  });
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      const failure = exited();
      if (failure) throw failure;
      try {
        await driver.getServerInfo();
        return;
      } catch (error) {
        const code = (error as { code?: string }).code ?? '';
        if (code === 'Neo.ClientError.Security.Unauthorized') {
          throw new LocalNeo4jError(
            'WRONG_PASSWORD',
            'The local Neo4j store was created with another password: unset NEO4J_PASSWORD to use the kept one, or delete the state folder to start afresh.',
          );
        }
        if (Date.now() > deadline) {
          throw new LocalNeo4jError(
            'START_TIMEOUT',
            `The local Neo4j (pid ${child.pid}) was not ready on ${uri} within ${timeoutMs / 1000} s; see its log above.`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    }
  } finally {
    await driver.close();
  }
}

/** Starts a real Neo4j community server from the Maven-assembled jars and resolves once Bolt answers. */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? (() => {});
  const stateDir = path.resolve(options.stateDir);
  checkJava();
  ensureNeo4jJars(log);
  mkdirSync(stateDir, { recursive: true });
  checkNoLeftoverServer(stateDir);

  let boltPort = options.boltPort;
  if (boltPort === 0) boltPort = await findFreePort();
  else if (!(await isPortFree(boltPort))) {
    throw new LocalNeo4jError(
      'PORT_IN_USE',
      `Port ${boltPort} is already in use: stop what holds it or set NEO4J_BOLT_PORT to another port (0 picks a free one).`,
    );
  }

  const confDir = writeConfig(stateDir, boltPort, options);
  const password = resolvePassword(stateDir, options.password);
  if (!existsSync(path.join(stateDir, 'data', 'dbms', 'auth.ini'))) setInitialPassword(stateDir, confDir, password);

  const child = spawn(
    'java',
    [
      `-Xms${options.heap}`,
      `-Xmx${options.heap}`,
      ...JVM_FLAGS,
      '-cp',
      `${confDir}:${libDir}/*`,
      'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${stateDir}`,
      `--config-dir=${confDir}`,
      '--console-mode',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const pid = child.pid ?? 0;
  try {
    writeFileSync(pidFile(stateDir), `${pid}\n`);
  } catch (error) {
    // A full disk (a restart after a panic): never leave a JVM running that nobody knows of.
    child.kill('SIGKILL');
    throw new LocalNeo4jError('START_FAILED', `Cannot write ${pidFile(stateDir)}: ${(error as Error).message}`);
  }
  // Last resort if the Node process dies without calling stop(): never leave a JVM behind.
  const killOnExit = () => {
    if (child.exitCode === null) child.kill('SIGKILL');
  };
  process.on('exit', killOnExit);

  let output = '';
  const onData = (chunk: Buffer) => {
    const text = chunk.toString();
    output = (output + text).slice(-20000);
    for (const line of text.split('\n')) if (line.trim()) log(`[neo4j] ${line}`);
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const exitedPromise = new Promise<LocalNeo4jExit>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal, lastLines: output.trim().split('\n').slice(-8).join('\n') })),
  );
  let exitFailure: LocalNeo4jError | null = null;
  child.once('exit', (code) => {
    process.off('exit', killOnExit);
    rmSync(pidFile(stateDir), { force: true });
    exitFailure = explainExit(output, code, boltPort, stateDir);
  });

  const uri = `bolt://127.0.0.1:${boltPort}`;
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    await exitedPromise;
    clearTimeout(timer);
  };

  try {
    await waitForBolt(uri, password, child, options.readyTimeoutMs ?? 120_000, () => exitFailure);
  } catch (error) {
    await stop();
    throw error;
  }
  return { uri, user: 'neo4j', password, boltPort, pid, exited: exitedPromise, stop };
}
