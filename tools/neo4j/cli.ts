/**
 * `npm run neo4j`: runs only the local Neo4j in the foreground (for tools such as cypher-shell or
 * a second API). Ctrl-C stops it cleanly.
 */
import path from 'node:path';
import { LocalNeo4jError } from './errors.js';
import { repoRoot } from './install.js';
import { startLocalNeo4j } from './local-server.js';

const stateDir = process.env.NEO4J_STATE_DIR ?? path.join(repoRoot, '.neo4j', 'local');
try {
  const server = await startLocalNeo4j({
    stateDir,
    boltPort: Number(process.env.NEO4J_BOLT_PORT ?? 7687),
    password: process.env.NEO4J_PASSWORD || undefined,
    heap: process.env.NEO4J_HEAP ?? '512m',
    pageCache: process.env.NEO4J_PAGECACHE ?? '256m',
    log: (line) => console.log(line),
  });
  console.log(`Neo4j ready at ${server.uri} (user neo4j, password in ${path.relative(repoRoot, stateDir)}/password) — pid ${server.pid}`);
  const shutdown = () => void server.stop().then(() => process.exit(0));
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
} catch (error) {
  console.error(error instanceof LocalNeo4jError ? error.message : error);
  process.exit(1);
}
