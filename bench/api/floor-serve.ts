/**
 * The bare-HTTP floor: what any HTTP API in Node pays on top of the driver, with nothing of ours but
 * the explore functions. A plain node:http server (no Express, no middleware, no validation beyond
 * the route's own contract) answers the benchmark's routes with the same bodies as the app, in its
 * own process like the app (serve.ts). "API/floor" in the table is then what Express and our
 * middleware add; "floor/driver" is the price of the HTTP hop itself (a second process, loopback
 * TCP, HTTP parsing and JSON). Reads BENCH_NEO4J_* and prints "PORT <n>".
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Database } from '../../api/src/db/driver.js';
import { ROUTES } from './routes.js';

const db = new Database({
  uri: process.env.BENCH_NEO4J_URI ?? '',
  user: process.env.BENCH_NEO4J_USER ?? 'neo4j',
  password: process.env.BENCH_NEO4J_PASSWORD ?? '',
  database: 'neo4j',
  queryTimeoutMs: 30_000,
});

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://floor');
  const route = ROUTES[url.pathname];
  const answer = (status: number, body: unknown) => {
    const json = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) });
    res.end(json);
  };
  if (!route) return answer(404, { error: `no floor route ${url.pathname}` });
  route(db, Object.fromEntries(url.searchParams)).then(
    (body) => answer(200, body),
    (error: unknown) => answer(500, { error: String(error) }),
  );
});
server.listen(0, '127.0.0.1', () => console.log(`PORT ${(server.address() as AddressInfo).port}`));
const stop = () => {
  server.closeAllConnections();
  server.close(() => void db.close().then(() => process.exit(0)));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
