import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from '../../api/src/contract/graph.js';
import { FORMAT_WRITERS } from '../../api/src/export/formats/index.js';
import { MemorySink } from '../../api/src/export/sink.js';
import { subgraphOf } from '../../api/src/export/subgraph.js';
import { exportOnlyMessage } from '../../api/src/import/export-only.js';
import { readImportFiles } from '../../api/src/import/read.js';

const graph: { nodes: GraphNode[]; edges: GraphEdge[] } = {
  nodes: [
    { id: 'AD', labels: ['Country'], properties: { name_en: 'Andorra' } },
    { id: 'cets-197', labels: ['Instrument'], properties: { name_en: 'Convention', short_name: 'CETS 197' } },
  ],
  edges: [
    {
      id: 'AD|SIGNED|cets-197',
      type: 'SIGNED',
      source: 'AD',
      target: 'cets-197',
      properties: { date: '2005-11-17', sources: ['ref-x'], evidence: [''] },
    },
    {
      id: 'AD|PARTY_TO|cets-197',
      type: 'PARTY_TO',
      source: 'AD',
      target: 'cets-197',
      properties: { date: '2011-03-23', start: '2011-07-01', sources: ['ref-x'], evidence: [''] },
    },
  ],
};

async function exported(format: 'gexf' | 'gephi' | 'cypher' | 'graphml' | 'csv'): Promise<Buffer> {
  const sink = new MemorySink();
  await FORMAT_WRITERS[format].write(subgraphOf(graph), sink, { generatedAt: new Date('2025-01-01T00:00:00Z'), selection: 'test' });
  return sink.buffer();
}

describe('export-only formats are refused in one sentence', () => {
  it('GEXF, the Gephi CSV and the Cypher script, by name or by content', async () => {
    const gexf = await exported('gexf');
    for (const name of ['graph.gexf', 'graph.xml', 'upload'])
      expect(exportOnlyMessage(name, gexf), name).toMatch(/is a GEXF file, which Liaison exports for Gephi but cannot import/);
    for (const name of ['graph.gephi.zip', 'graph.zip'])
      expect(exportOnlyMessage(name, await exported('gephi')), name).toMatch(/is a Gephi CSV export/);
    for (const name of ['graph.cypher', 'script.txt']) expect(exportOnlyMessage(name, await exported('cypher')), name).toMatch(/is a Cypher script/);
  });

  it('importable exports are not mistaken for export-only ones', async () => {
    expect(exportOnlyMessage('graph.graphml', await exported('graphml'))).toBeNull();
    expect(exportOnlyMessage('graph.zip', await exported('csv'))).toBeNull();
  });

  it('an import of a GEXF file reports that one sentence as its only issue', async () => {
    const document = readImportFiles([{ name: 'graph.gexf', bytes: await exported('gexf') }]);
    expect(document.issues).toHaveLength(1);
    expect(document.issues[0]?.message).toMatch(/^graph\.gexf is a GEXF file/);
    expect(document.nodes).toHaveLength(0);
  });
});
