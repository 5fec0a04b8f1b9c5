import { readFileSync } from 'node:fs';
import { Database } from '../api/src/db/driver.js';
import { FORMAT_WRITERS } from '../api/src/export/formats/index.js';
import { withSubgraph, type ExportElement } from '../api/src/export/subgraph.js';
import type { ExportSink } from '../api/src/export/sink.js';
const info = JSON.parse(readFileSync('/tmp/prof/server.json', 'utf8'));
const db = new Database({ uri: info.uri, user: 'neo4j', password: info.password, database: 'neo4j', queryTimeoutMs: 600000 });
const params = { ids: null, edgeIds: null, labels: null, types: null, from: null, to: null, country: null, topic: null, withSources: true };
const t0 = performance.now();
const { summary, elements } = await withSubgraph(db, params, async (s) => { const all: ExportElement[] = []; for await (const e of s.elements) all.push(e); return { summary: s.summary, elements: all }; });
console.log('read', (performance.now() - t0).toFixed(0), 'ms', elements.length);
class NullSink implements ExportSink { bytes = 0; write(c: string | Uint8Array) { this.bytes += c.length; } async ready() {} async close() {} }
const formats = (process.argv[2] ?? Object.keys(FORMAT_WRITERS).join(',')).split(',') as (keyof typeof FORMAT_WRITERS)[];
for (let round = 0; round < 2; round++) for (const f of formats) {
  const sink = new NullSink();
  const t = performance.now();
  await FORMAT_WRITERS[f].write({ summary, elements: (async function* () { yield* elements; })() }, sink, { generatedAt: new Date(), selection: 'graph' });
  console.log(f, (performance.now() - t).toFixed(0), 'ms', sink.bytes);
}
await db.close();
