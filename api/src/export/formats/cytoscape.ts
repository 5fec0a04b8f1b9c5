import { displayName } from '../properties.js';
import type { FormatWriter } from './format.js';
import { withoutId } from './format.js';

/** Keys the Cytoscape element `data` uses for itself; a property never overrides them. */
export const CYTOSCAPE_RESERVED = new Set(['id', 'label', 'labels', 'name', 'source', 'target', 'type']);

const entries = (properties: Record<string, unknown>) => withoutId(properties).filter(([key]) => !CYTOSCAPE_RESERVED.has(key));

/**
 * Cytoscape.js JSON (`cy.json()` / `cy.add()` and Cytoscape desktop's .cyjs): `elements.nodes[].data`
 * holds `id`, `label` (primary label), `labels`, `name` (display name) and every property;
 * `elements.edges[].data` holds `id`, `source`, `target`, `type` and every property.
 * Written element by element with JSON.stringify, so it streams.
 */
export const cytoscapeWriter: FormatWriter = {
  format: 'cytoscape',
  extension: 'cyjs',
  contentType: 'application/json; charset=utf-8',
  async write({ summary, elements }, sink, meta) {
    const header = {
      format_version: '1.0',
      generated_by: 'Liaison',
      target_cytoscapejs_version: '~3',
      data: { name: `Liaison export: ${meta.selection}`, generated: meta.generatedAt.toISOString(), nodes: summary.nodes, edges: summary.edges },
    };
    // The header object is complete JSON; the element arrays are appended inside it.
    sink.write(`${JSON.stringify(header).slice(0, -1)},"elements":{"nodes":[`);
    let first = true;
    let inEdges = false;
    for await (const element of elements) {
      if (element.kind === 'edge' && !inEdges) {
        sink.write('\n],"edges":[');
        inEdges = true;
        first = true;
      }
      const data =
        element.kind === 'node'
          ? {
              id: element.node.id,
              label: element.node.labels[0] ?? null,
              labels: element.node.labels,
              name: displayName(element.node.properties, element.node.id),
              ...Object.fromEntries(entries(element.node.properties)),
            }
          : {
              id: element.edge.id,
              source: element.edge.source,
              target: element.edge.target,
              type: element.edge.type,
              ...Object.fromEntries(entries(element.edge.properties)),
            };
      sink.write(`${first ? '\n' : ',\n'}${JSON.stringify({ data })}`);
      first = false;
      await sink.ready();
    }
    sink.write(inEdges ? '\n]}}\n' : '\n],"edges":[]}}\n');
    await sink.close();
  },
};
