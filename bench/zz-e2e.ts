import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { Database } from '../api/src/db/driver.js';
import { exportSelection } from '../api/src/export/export.js';
import { exportSelection as schema } from '../api/src/contract/export.js';
const info = JSON.parse(readFileSync('/tmp/prof/server.json', 'utf8'));
const db = new Database({ uri: info.uri, user: 'neo4j', password: info.password, database: 'neo4j', queryTimeoutMs: 600000 });
const formats = (process.argv[2] ?? 'cytoscape,graphml,gexf,csv,jsonl,cypher').split(',') as any[];
for (let r = 0; r < 2; r++) for (const f of formats) {
  let n = 0; const out = new Writable({ write(c, e, cb) { n += c.length; cb(); } });
  const t = performance.now();
  await exportSelection(db, schema.parse({}), f, out);
  console.log(f, (performance.now() - t).toFixed(0), 'ms', n);
}
await db.close();
