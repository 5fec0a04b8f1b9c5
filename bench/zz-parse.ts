import { ExportBenchGraph } from './export-synthetic.js';
import { FORMAT_WRITERS } from '../api/src/export/formats/index.js';
import { subgraphOf } from '../api/src/export/subgraph.js';
import { MemorySink } from '../api/src/export/sink.js';
import { readImportFiles } from '../api/src/import/read.js';
import { validateStatements } from '../api/src/import/validate.js';
import type { GraphEdge, GraphNode } from '../api/src/contract/graph.js';
const g = new ExportBenchGraph(0.1);
const nodes: GraphNode[] = []; const edges: GraphEdge[] = [];
for (const b of g.nodes(20000)) for (const r of b) nodes.push({ id: String(r.properties.id), labels: [r.label], properties: { aliases: [], ...r.properties } as any });
for (const b of g.relationships(20000)) for (const r of b) edges.push({ id: String(r.properties.id), type: r.type, source: r.from, target: r.to, properties: r.properties as any });
const names: Record<string, string> = { cytoscape: 'g.cyjs', graphml: 'g.graphml', csv: 'g.zip', jsonl: 'g.jsonl' };
console.log('generated', nodes.length, edges.length);
for (const f of (process.argv[2] ?? 'cytoscape,graphml,csv,jsonl').split(',') as (keyof typeof names)[]) {
  const sink = new MemorySink();
  await FORMAT_WRITERS[f as 'jsonl'].write(subgraphOf({ nodes, edges }), sink, { generatedAt: new Date(), selection: 'x' });
  const bytes = sink.buffer(); console.log(f, 'written', bytes.length);
  let t = performance.now();
  const doc = readImportFiles([{ name: names[f]!, bytes }]);
  const parse = performance.now() - t; t = performance.now();
  const v = validateStatements(doc);
  console.log(f, 'parse', parse.toFixed(0), 'validate', (performance.now() - t).toFixed(0), 'issues', v.issues.length, v.issues[0]);
}
