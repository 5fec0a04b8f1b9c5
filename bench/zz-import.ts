import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { Database } from '../api/src/db/driver.js';
import { exportSelection } from '../api/src/export/export.js';
import { exportSelection as schema } from '../api/src/contract/export.js';
import { readImportFiles } from '../api/src/import/read.js';
import { validateStatements, idsToLookUp } from '../api/src/import/validate.js';
import { importDocument } from '../api/src/import/import.js';
const info = JSON.parse(readFileSync('/tmp/prof/server.json', 'utf8'));
const db = new Database({ uri: info.uri, user: 'neo4j', password: info.password, database: 'neo4j', queryTimeoutMs: 600000 });
for (const [format, name] of [['jsonl', 'g.jsonl'], ['csv', 'g.zip']] as const) {
  const out = new PassThrough(); const chunks: Buffer[] = []; out.on('data', (c) => chunks.push(c));
  await exportSelection(db, schema.parse({}), format, out);
  const bytes = Buffer.concat(chunks);
  let t = performance.now();
  const doc = readImportFiles([{ name, bytes }]);
  console.log(format, 'read', (performance.now() - t).toFixed(0));
  t = performance.now();
  const s = validateStatements(doc);
  console.log(format, 'validate', (performance.now() - t).toFixed(0), s.issues.length);
  t = performance.now();
  const r = await importDocument(db, doc, { dryRun: true });
  console.log(format, 'dry-run total (validate+lookups+plan)', (performance.now() - t).toFixed(0), r.relationships.unchanged);
}
await db.close();
