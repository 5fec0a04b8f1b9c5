import { readFileSync } from 'node:fs';
import { Database, toParams } from '../api/src/db/driver.js';
import { toPlain } from '../api/src/db/records.js';
const info = JSON.parse(readFileSync('/tmp/prof/server.json', 'utf8'));
const db = new Database({ uri: info.uri, user: 'neo4j', password: info.password, database: 'neo4j', queryTimeoutMs: 600000 });
const params = { ids: null, edgeIds: null, labels: null, types: null, from: null, to: null, country: null, topic: null, withSources: true };
for (const mode of ['raw', 'toPlain', 'raw', 'toPlain']) {
  const session = db.driver.session({ database: 'neo4j', fetchSize: Number(process.argv[2] ?? 2000) });
  const t0 = performance.now();
  let n = 0;
  for await (const r of session.run(db.queries.get('export-elements'), toParams(params) as Record<string, unknown>)) {
    const p = r.get('properties');
    if (mode === 'toPlain') toPlain(p);
    r.get('id'); r.get('part'); r.get('labels'); r.get('type'); r.get('source'); r.get('target');
    n++;
  }
  console.log(mode, n, (performance.now() - t0).toFixed(0));
  await session.close();
}
await db.close();
