import { ExportBenchGraph } from './export-synthetic.js';
import { FORMAT_WRITERS } from '../api/src/export/formats/index.js';
import { subgraphOf } from '../api/src/export/subgraph.js';
import { MemorySink } from '../api/src/export/sink.js';
import { SaxesParser } from 'saxes';
import { XMLParser } from 'fast-xml-parser';
import type { GraphEdge, GraphNode } from '../api/src/contract/graph.js';
const g = new ExportBenchGraph(0.1);
const nodes: GraphNode[] = []; const edges: GraphEdge[] = [];
for (const b of g.nodes(20000)) for (const r of b) nodes.push({ id: String(r.properties.id), labels: [r.label], properties: { aliases: [], ...r.properties } as any });
for (const b of g.relationships(20000)) for (const r of b) edges.push({ id: String(r.properties.id), type: r.type, source: r.from, target: r.to, properties: r.properties as any });
const sink = new MemorySink();
await FORMAT_WRITERS.graphml.write(subgraphOf({ nodes, edges }), sink, { generatedAt: new Date(), selection: 'x' });
const text = sink.text();
for (const position of [true, false]) {
  let t = performance.now(); let n = 0;
  const p = new SaxesParser({ position });
  p.on('opentag', () => { n++; });
  p.on('text', () => {});
  p.write(text).close();
  console.log('saxes position', position, (performance.now() - t).toFixed(0), n);
}
let t = performance.now();
const o = new XMLParser({ ignoreAttributes: false }).parse(text);
console.log('fxp', (performance.now() - t).toFixed(0));
