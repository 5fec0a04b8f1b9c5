import type { ElementDefinition } from 'cytoscape';
import type { GraphEdge, GraphNode } from '../api/client';
import type { Lang } from '../i18n/messages';
import type { WorkingGraph } from '../state/workingGraph';
import { communityColor, primaryLabel } from './palette';

/** The display name in the chosen language, falling back to the other, then to the id. */
export function displayName(properties: Record<string, unknown>, lang: Lang, id: string): string {
  const first = properties[`name_${lang}`];
  const second = properties[lang === 'en' ? 'name_fr' : 'name_en'];
  const title = properties.title;
  return (typeof first === 'string' && first) || (typeof second === 'string' && second) || (typeof title === 'string' && title) || id;
}

export function nodeName(node: GraphNode, lang: Lang): string {
  return displayName(node.properties, lang, node.id);
}

/** Per-node figures of the cooperation network, drawn as size and colour. */
export interface NodeFigures {
  size: number;
  community: number;
}

type Data = Record<string, unknown> & { id: string };

/** The data Cytoscape draws for one node (label, name in the UI language, network figures). */
export function nodeData(node: GraphNode, lang: Lang, figures?: NodeFigures): Data {
  const data: Data = { id: node.id, label: primaryLabel(node.labels), name: nodeName(node, lang) };
  if (figures) {
    data.size = figures.size;
    data.color = communityColor(figures.community);
  }
  return data;
}

/** The data for one edge; weighted network links get a width. */
export function edgeData(edge: GraphEdge, typeLabel: string, maxWeight: number): Data {
  const data: Data = { id: edge.id, source: edge.source, target: edge.target, type: edge.type, typeLabel };
  const weight = edge.properties.weight;
  if (typeof weight === 'number') {
    data.width = 1 + (7 * Math.sqrt(weight)) / Math.sqrt(Math.max(1, maxWeight));
    data.typeLabel = `${typeLabel}: ${weight}`;
  }
  return data;
}

/** The whole working graph as Cytoscape element definitions (used by the benchmark and exports). */
export function toElements(
  graph: WorkingGraph,
  lang: Lang,
  typeLabels: Record<string, string>,
  figures?: ReadonlyMap<string, NodeFigures>,
): ElementDefinition[] {
  const maxWeight = maxEdgeWeight(graph);
  return [
    ...[...graph.nodes.values()].map((node) => ({ group: 'nodes' as const, data: nodeData(node, lang, figures?.get(node.id)) })),
    ...[...graph.edges.values()].map((edge) => ({
      group: 'edges' as const,
      data: edgeData(edge, typeLabels[edge.type] ?? edge.type, maxWeight),
    })),
  ];
}

export function maxEdgeWeight(graph: WorkingGraph): number {
  let max = 1;
  for (const edge of graph.edges.values()) {
    const weight = edge.properties.weight;
    if (typeof weight === 'number' && weight > max) max = weight;
  }
  return max;
}
