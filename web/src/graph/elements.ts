import type { ElementDefinition } from 'cytoscape';
import type { GraphEdge, GraphNode } from '../api/client';
import type { Lang } from '../i18n/messages';
import type { WorkingGraph } from '../state/workingGraph';
import { communityColor, primaryLabel } from './palette';
import { degrees, sizeScale } from './readability/sizeScale';

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

/** The short caption drawn on the canvas (acronym or short name from the API), else the name. */
export function nodeCaption(node: GraphNode, lang: Lang): string {
  return node.caption?.[lang] ?? nodeName(node, lang);
}

/** Per-node figures of the cooperation network, drawn as size and colour. */
export interface NodeFigures {
  size: number;
  community: number;
}

type Data = Record<string, unknown> & { id: string };

/** Node diameters on the explore canvas (model px), for the smallest and the largest value; the legend draws the same scale. */
export const NODE_SIZE_MIN = 16;
export const NODE_SIZE_MAX = 48;

/** The data Cytoscape draws for one node (label, name in the UI language, network figures). */
export function nodeData(node: GraphNode, lang: Lang, figures?: NodeFigures): Data {
  const data: Data = { id: node.id, label: primaryLabel(node.labels), name: nodeName(node, lang), caption: nodeCaption(node, lang) };
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
  sizes?: ReadonlyMap<string, number> | null,
): ElementDefinition[] {
  const maxWeight = maxEdgeWeight(graph);
  // Outside the network, node size follows the chosen metric (degree unless told otherwise), so
  // hubs stand out at first sight; `null` sizes mean every node the same size.
  const values = figures ? null : sizes === undefined ? degrees(graph.nodes.keys(), graph.edges.values()) : sizes;
  const scale = values ? sizeScale([...values.values()], NODE_SIZE_MIN, NODE_SIZE_MAX) : null;
  const sized = (node: GraphNode) => {
    const data = nodeData(node, lang, figures?.get(node.id));
    if (scale && values) data.size = Math.round(scale.size(values.get(node.id) ?? 0));
    return data;
  };
  return [
    ...[...graph.nodes.values()].map((node) => ({ group: 'nodes' as const, data: sized(node) })),
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
