/**
 * The app under benchmark, in its own process so autocannon (in the parent) does not share its
 * event loop. Reads the Neo4j connection from BENCH_NEO4J_* variables and prints "PORT <n>".
 */
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { createApp } from '../../api/src/app.js';
import { Database } from '../../api/src/db/driver.js';

const db = new Database({
  uri: process.env.BENCH_NEO4J_URI ?? '',
  user: process.env.BENCH_NEO4J_USER ?? 'neo4j',
  password: process.env.BENCH_NEO4J_PASSWORD ?? '',
  database: 'neo4j',
  queryTimeoutMs: 30_000,
});
// The per-client rate limits would answer the load generator (one client) 429: the benchmark
// measures what the API adds to the driver, so they are lifted here.
const unlimited = { console: 1_000_000, search: 1_000_000, export: 1_000_000 };
const server = createApp({ db, logger: pino({ level: 'silent' }), rateLimits: unlimited }).listen(0, '127.0.0.1', () => {
  console.log(`PORT ${(server.address() as AddressInfo).port}`);
});
const stop = () => {
  server.closeAllConnections();
  server.close(() => void db.close().then(() => process.exit(0)));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
