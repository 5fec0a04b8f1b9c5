import type { ElementDefinition } from 'cytoscape';
import type { GraphResponse } from '../api/client';
import { primaryLabel } from './palette';

/** The display name in the chosen language, falling back to the other, then to the id. */
export function displayName(properties: Record<string, unknown>, lang: 'en' | 'fr', id: string): string {
  const first = properties[`name_${lang}`];
  const second = properties[lang === 'en' ? 'name_fr' : 'name_en'];
  return (typeof first === 'string' && first) || (typeof second === 'string' && second) || id;
}

/** Maps the API's { nodes, edges } onto Cytoscape element definitions. */
export function toElements(graph: GraphResponse, lang: 'en' | 'fr'): ElementDefinition[] {
  return [
    ...graph.nodes.map((node) => ({
      group: 'nodes' as const,
      data: { id: node.id, label: primaryLabel(node.labels), name: displayName(node.properties, lang, node.id) },
    })),
    ...graph.edges.map((edge) => ({
      group: 'edges' as const,
      data: { id: edge.id, source: edge.source, target: edge.target, type: edge.type },
    })),
  ];
}
