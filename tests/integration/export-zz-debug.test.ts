import { it } from 'vitest';
import { PassThrough } from 'node:stream';
import { testDatabase } from '../support/db.js';
import { loadFixture } from '../fixtures/import/graph-snapshot.js';
import { exportSelection } from '../../api/src/export/export.js';
import { exportSelection as schema } from '../../api/src/contract/export.js';
it('debug', async () => {
  const db = testDatabase();
  await loadFixture(db);
  for (const format of ['jsonl', 'graphml', 'gexf', 'cypher'] as const) {
    const out = new PassThrough(); const chunks: Buffer[] = []; out.on('data', (c) => chunks.push(c));
    try { await exportSelection(db, schema.parse({}), format, out); console.log(Buffer.concat(chunks).toString('utf8').slice(0, 3000)); } catch (e) { console.log('ERR', e); }
  }
  await db.close();
});
