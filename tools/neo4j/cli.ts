/**
 * `npm run neo4j`: runs only the local Neo4j in the foreground (for tools such as cypher-shell or
 * a second API), supervised: a crashed JVM is restarted on the same port. Ctrl-C stops it cleanly.
 */
import path from 'node:path';
import { LocalNeo4jError } from './errors.js';
import { repoRoot } from './install.js';
import { SupervisedNeo4j } from './supervisor.js';

const stateDir = process.env.NEO4J_STATE_DIR ?? path.join(repoRoot, '.neo4j', 'local');
try {
  const server = await SupervisedNeo4j.start({
    stateDir,
    boltPort: Number(process.env.NEO4J_BOLT_PORT ?? 7687),
    password: process.env.NEO4J_PASSWORD || undefined,
    heap: process.env.NEO4J_HEAP ?? '512m',
    pageCache: process.env.NEO4J_PAGECACHE ?? '256m',
    readyTimeoutMs: Number(process.env.NEO4J_START_TIMEOUT_S || 180) * 1000,
    maxRestarts: Number(process.env.NEO4J_MAX_RESTARTS || 5),
    log: (line) => console.log(line),
  });
  console.log(`Neo4j ready at ${server.uri} (user neo4j, password in ${path.relative(repoRoot, stateDir)}/password) — pid ${server.pid}`);
  server.on('down', ({ pid, code, signal }) => console.error(`Neo4j (pid ${pid}) exited unexpectedly (${signal ?? `code ${code}`}).`));
  server.on('restarting', ({ number, delayMs }) => console.error(`Restarting Neo4j in ${delayMs} ms (restart ${number})…`));
  server.on('failed', ({ number, error }) => console.error(`Restart ${number} failed: ${error.message}`));
  server.on('up', ({ pid, uri }) => console.log(`Neo4j ready again at ${uri} — pid ${pid}`));
  server.on('gave-up', (message) => {
    console.error(message);
    process.exit(1);
  });
  const shutdown = () => void server.stop().then(() => process.exit(0));
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
} catch (error) {
  console.error(error instanceof LocalNeo4jError ? error.message : error);
  process.exit(1);
}
