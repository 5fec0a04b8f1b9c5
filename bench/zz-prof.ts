import { readFileSync } from 'node:fs';
import { Database, toParams } from '../api/src/db/driver.js';
const info = JSON.parse(readFileSync('/tmp/prof/server.json', 'utf8'));
const db = new Database({ uri: info.uri, user: 'neo4j', password: info.password, database: 'neo4j', queryTimeoutMs: 600000 });
const params = { ids: null, edgeIds: null, labels: null, types: null, from: null, to: null, country: null, topic: null, withSources: true };
const which = process.argv.slice(2);
for (const name of which) {
  const query = name.endsWith('.cypher') ? readFileSync(name, 'utf8') : db.queries.get(name);
  const session = db.driver.session({ database: 'neo4j', fetchSize: 2000 });
  const t0 = performance.now();
  let n = 0; let first = 0;
  const result = session.run(query, toParams(params) as Record<string, unknown>);
  for await (const r of result) { if (!n) first = performance.now() - t0; n++; }
  console.log(name, 'rows', n, 'first', first.toFixed(0), 'total', (performance.now() - t0).toFixed(0), 'ms');
  await session.close();
}
await db.close();
