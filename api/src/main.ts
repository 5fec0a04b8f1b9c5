/**
 * `npm start`: validate the environment, connect to Neo4j (starting the local one when NEO4J_URI
 * is unset), apply the schema, seed an empty database, build the web app if needed, serve both.
 */
import type { Server } from 'node:http';
import type { Logger } from 'pino';
import { LocalNeo4jError } from '../../tools/neo4j/errors.js';
import { mebibytes } from '../../tools/neo4j/read-only-recovery.js';
import { createApp } from './app.js';
import { startBoltProbe, Neo4jAvailability } from './db/availability.js';
import { applySchema, connect, type Connection } from './db/connect.js';
import { readOnlyDatabases } from './db/read-only.js';
import { graphCounts } from './explore/health.js';
import { keepConsoleWorkerReady } from './explore/console.js';
import { warmUp } from './explore/warm-up.js';
import { EnvError, loadEnv, type Env } from './env.js';
import type { WriteRefusal } from './errors.js';
import { createLogger } from './logger.js';
import { createHttpServer, listen } from './server.js';
import { formatSummary, loadSeedGraph } from './seed/load.js';
import { seedDir } from './seed/seed-dir.js';
import { readSeedFiles, SeedValidationError, validateSeed } from './seed/validate.js';
import { ensureWebBuild, webDistOf } from './web-build.js';

const say = (line: string) => console.log(line);

let connection: Connection | undefined;
let server: Server | undefined;
let stopping = false;
let probe: { stop(): Promise<void> } | undefined;

async function main(): Promise<void> {
  const env = loadEnv();
  const logger = createLogger(env.LOG_LEVEL, { secrets: [env.ADMIN_TOKEN, env.NEO4J_PASSWORD, env.SESSION_SECRET] });
  const started = Date.now();
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    say(`\n${signal}: stopping…`);
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server?.closeAllConnections();
    await probe?.stop();
    await connection?.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  say(env.NEO4J_URI ? `Connecting to ${env.NEO4J_URI}…` : 'Starting the local Neo4j…');
  // The server's own log goes to debug; our launcher's notices (e.g. the one-time download) to the console.
  connection = await connect(env, (line) => (line.startsWith('[neo4j]') ? logger.debug(line) : say(line)));
  const { db } = connection;
  if (stopping) return;
  say(`Neo4j ready at ${db.config.uri} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  await applySchema(db);

  const counts = await graphCounts(db);
  if (counts.nodes === 0 && env.SEED_ON_START) {
    say('The database is empty: loading the seed graph…');
    const graph = validateSeed(readSeedFiles(seedDir));
    say(formatSummary(await loadSeedGraph(db, graph)));
  }
  const build = env.WEB_TEST_HOOK ? 'e2e' : 'production';
  await ensureWebBuild(say, build);

  const availability = new Neo4jAvailability();
  superviseAvailability(connection, availability, logger);
  availability.onRefusedWrite(refusedWriteHandler(connection, env, logger));
  probe = startBoltProbe(db.config, availability, { onPanic: () => restartPanicked(connection, logger) });
  // Open a few pooled connections now, so the first visitors do not pay for the Bolt handshakes.
  await Promise.all(Array.from({ length: 4 }, () => db.read('server-version')));
  const app = createApp({
    db,
    logger,
    webDist: webDistOf(build),
    queryConsole: env.QUERY_CONSOLE_ENABLED,
    https: env.PUBLIC_URL?.startsWith('https://') ?? false,
    trustProxy: env.TRUST_PROXY,
    rateLimits: {
      console: env.RATE_LIMIT_CONSOLE_PER_MIN,
      search: env.RATE_LIMIT_SEARCH_PER_MIN,
      export: env.RATE_LIMIT_EXPORT_PER_MIN,
      signIn: env.SIGN_IN_RATE_PER_MIN,
    },
    availability,
    adminToken: env.ADMIN_TOKEN,
    sessionSecret: env.SESSION_SECRET,
    sessionTtlMs: env.SESSION_TTL_HOURS * 3600_000,
    readRequiresLogin: env.READ_REQUIRES_LOGIN,
    importSettings: { adminToken: env.ADMIN_TOKEN, maxBytes: env.IMPORT_MAX_BYTES },
  });
  server = createHttpServer(app, {
    headersTimeoutMs: env.HTTP_HEADERS_TIMEOUT_MS,
    requestTimeoutMs: env.HTTP_REQUEST_TIMEOUT_MS,
    keepAliveTimeoutMs: env.HTTP_KEEP_ALIVE_TIMEOUT_MS,
    maxHeaderBytes: env.HTTP_MAX_HEADER_BYTES,
  });
  const port = await listen(server, env.PORT, env.HOST);
  const host = env.HOST === '0.0.0.0' ? '127.0.0.1' : env.HOST;
  say(`Liaison is ready in ${((Date.now() - started) / 1000).toFixed(1)} s: http://${host}:${port}`);
  if (env.QUERY_CONSOLE_ENABLED) keepConsoleWorkerReady();
  // After the port opens, so that start-up is not longer; again after each restart of the local
  // Neo4j, whose query caches start empty.
  const warm = () =>
    void warmUp(db).then(
      ({ took, failed, ms }) => logger.info({ took, failed, ms }, `Warmed the explorer's queries in ${(ms / 1000).toFixed(1)} s`),
      (error: unknown) => logger.warn({ err: error }, "The warm-up of the explorer's queries failed"),
    );
  warm();
  connection.local?.on('up', warm);
}

/** A panicked database answers Bolt but refuses every transaction: the local one is restarted, a remote one only reported. */
function restartPanicked(connection: Connection | undefined, logger: Logger): void {
  const local = connection?.local;
  if (!local) {
    logger.error('Neo4j reports a critical error (its database panicked) and must be restarted; answering 503 until it is');
    return;
  }
  void local.restartStuck('panicked').catch((error: unknown) => logger.error({ err: error }, 'Stopping the panicked local Neo4j failed'));
}

/** A remote server's refusals are logged at most this often (they come with every write). */
const REMOTE_REPORT_EVERY_MS = 60_000;

/**
 * What to do when Neo4j refuses a write for its storage: for the local Neo4j, ask it which
 * databases are read-only now and let the supervisor decide (it restarts one that a full disk left
 * read-only, once the disk has room); a remote one is only reported.
 */
function refusedWriteHandler(connection: Connection, env: Env, logger: Logger): (refusal: WriteRefusal) => void {
  const { db, local } = connection;
  let checking = false;
  let reportedAt = -Infinity;
  return (refusal) => {
    if (!local) {
      if (Date.now() - reportedAt < REMOTE_REPORT_EVERY_MS) return;
      reportedAt = Date.now();
      logger.error(
        { refusal },
        refusal === 'read-only'
          ? `Neo4j at ${db.config.uri} refuses writes: its database is read-only (a full disk, or an operator). Liaison cannot restart a remote server: free its disk, then restart it or make the database writable; reads go on`
          : `Neo4j at ${db.config.uri} could not write a change to its disk (full or failing): free space there; if writes stay refused, restart it`,
      );
      return;
    }
    // One question at a time: refusals come with every write while it lasts.
    if (checking) return;
    checking = true;
    readOnlyDatabases(db)
      .then((readOnly) => local.recoverReadOnly(env.NEO4J_DATABASE, readOnly))
      // A panicked database cannot answer: the Bolt probe sees the panic and has it restarted.
      .catch((error: unknown) => logger.debug({ err: error }, 'Could not ask Neo4j which databases are read-only'))
      .finally(() => (checking = false));
  };
}

/** Logs what happens to Neo4j and tells the API, so it answers 503 at once while Neo4j is down. */
function superviseAvailability(connection: Connection, availability: Neo4jAvailability, logger: Logger): void {
  availability.onChange((up) =>
    up ? logger.info('Neo4j is available again') : logger.warn({ outage: availability.outage }, 'Neo4j is unavailable: answering 503'),
  );
  const local = connection.local;
  if (!local) return;
  local.on('down', ({ pid, code, signal, lastLines, stuck }) => {
    if (stuck) {
      // Stopped on purpose (see the 'stuck' and 'room' lines): no crash to explain.
      logger.warn({ pid, code, signal }, `The local Neo4j (pid ${pid}) has stopped; restarting it`);
      const why = stuck === 'panicked' ? 'after a critical error' : 'to make its database writable again';
      availability.markDown('supervisor', `Neo4j is being restarted ${why}; retry shortly.`, 5);
      return;
    }
    logger.error({ pid, code, signal, lastLines }, `The local Neo4j (pid ${pid}) exited (${signal ?? `code ${code}`}); restarting it`);
    availability.markDown('supervisor', 'Neo4j stopped unexpectedly and is being restarted; retry shortly.', 5);
  });
  local.on('stuck', ({ pid, reason }) => {
    // A read-only one was announced by the 'room' line just before.
    if (reason === 'panicked')
      logger.error({ pid }, `The local Neo4j (pid ${pid}) reports a critical error (its database panicked, e.g. on a full disk); restarting it`);
  });
  local.on('read-only', ({ pid, database, dataDir, freeBytes, neededBytes }) =>
    logger.error(
      { pid, database, dataDir, freeBytes, neededBytes },
      `The local Neo4j (pid ${pid}) made database ${database} read-only after a full disk (${mebibytes(freeBytes)} MiB free in ${dataDir}); restarting it once ${mebibytes(neededBytes)} MiB are free; reads go on, writes answer 503 meanwhile`,
    ),
  );
  local.on('room', ({ pid, dataDir, freeBytes }) =>
    logger.warn(
      { pid, dataDir, freeBytes },
      `${mebibytes(freeBytes)} MiB are free in ${dataDir} again: restarting the local Neo4j (pid ${pid}) to make its database writable`,
    ),
  );
  local.on('read-only-kept', ({ pid, database }) =>
    logger.warn(
      { pid, database },
      `The local Neo4j (pid ${pid}) has database ${database} read-only by its neo4j.conf: Liaison leaves it so; writes answer 503`,
    ),
  );
  local.on('restarting', ({ number, delayMs }) => logger.info({ attempt: number, delayMs }, `Restarting the local Neo4j in ${delayMs} ms`));
  local.on('failed', ({ number, error }) => logger.error({ attempt: number, err: error }, `Restart ${number} of the local Neo4j failed`));
  local.on('up', ({ pid, restarts }) => {
    logger.info({ pid, restarts }, `The local Neo4j is back (pid ${pid})`);
    availability.markUp('supervisor');
  });
  local.on('gave-up', (message) => {
    logger.fatal(message);
    availability.markDown('supervisor', 'Neo4j is down and Liaison stopped restarting it; an operator must look at it.', 300);
  });
}

main().catch(async (error: unknown) => {
  const known = error instanceof EnvError || error instanceof LocalNeo4jError || error instanceof SeedValidationError;
  const code = (error as { code?: string }).code;
  if (known) console.error(error.message);
  else if (code === 'EADDRINUSE') console.error('The web port is already in use: stop what holds it or set PORT to another port.');
  else if (code === 'Neo.ClientError.Security.Unauthorized') console.error('Neo4j refused the credentials: check NEO4J_USER and NEO4J_PASSWORD.');
  else console.error(error);
  // Stop the local Neo4j cleanly rather than leaving it to the SIGKILL safety net.
  await connection?.close().catch(() => {});
  process.exit(1);
});
