/** One path as the API returns it: node ids and edge ids in walking order. */
export interface PathIds {
  nodes: string[];
  edges: string[];
}

export interface PathGraph {
  labelOf(id: string): string | undefined;
  edge(id: string): { type: string; source: string; target: string } | undefined;
}

/** Places: two actors "connected" through the city or country of their headquarters say little. */
export const GENERIC_LABELS = new Set(['City', 'Country']);
/** Links that place or classify a node rather than say what it did. */
export const GENERIC_TYPES = new Set(['HEADQUARTERED_IN', 'LOCATED_IN', 'HELD_IN', 'MEMBER_OF', 'PARTY_TO', 'SIGNED']);

/**
 * A path says little when it only goes through places or only uses placing links: ranked after
 * paths through cooperation, events, instruments and programmes.
 */
export function isGenericPath(path: PathIds, graph: PathGraph): boolean {
  const inner = path.nodes.slice(1, -1);
  const throughPlaces = inner.length > 0 && inner.every((id) => GENERIC_LABELS.has(graph.labelOf(id) ?? ''));
  const placingLinks = path.edges.every((id) => GENERIC_TYPES.has(graph.edge(id)?.type ?? ''));
  return throughPlaces || placingLinks;
}

/** Meaningful paths first, then shorter ones; the API's order breaks ties. */
export function rankPaths<T extends PathIds>(paths: T[], graph: PathGraph): T[] {
  return paths
    .map((path, index) => ({ path, index, generic: isGenericPath(path, graph) }))
    .sort((a, b) => Number(a.generic) - Number(b.generic) || a.path.edges.length - b.path.edges.length || a.index - b.index)
    .map((entry) => entry.path);
}

export type PathStep = { kind: 'node'; id: string; text: string } | { kind: 'edge'; id: string; text: string; forward: boolean };

/**
 * A path as readable steps: node captions joined by relationship names, with the arrow following
 * the stored direction ("UNODC → organised → Meeting · Vienna 2010 ← organised ← GRETA").
 */
export function pathSteps(path: PathIds, graph: PathGraph, caption: (id: string) => string, typeName: (type: string) => string): PathStep[] {
  const steps: PathStep[] = [];
  path.nodes.forEach((id, index) => {
    steps.push({ kind: 'node', id, text: caption(id) });
    const edgeId = path.edges[index];
    if (edgeId === undefined) return;
    const edge = graph.edge(edgeId);
    steps.push({ kind: 'edge', id: edgeId, text: edge ? typeName(edge.type) : '?', forward: edge ? edge.source === id : true });
  });
  return steps;
}

/** The steps as one line of text, for the list, a tooltip or the clipboard. */
export function pathText(steps: PathStep[]): string {
  return steps.map((step) => (step.kind === 'node' ? step.text : step.forward ? `→ ${step.text} →` : `← ${step.text} ←`)).join(' ');
}
