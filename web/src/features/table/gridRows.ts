import { nodeName } from '../../graph/elements';
import { primaryLabel } from '../../graph/palette';
import type { Lang } from '../../i18n/messages';
import type { WorkingGraph } from '../../state/workingGraph';

export interface NodeRow {
  id: string;
  name: string;
  label: string;
  /** The label as the UI says it ("Actors", "Acteurs"), which the column shows, sorts and filters. */
  kind: string;
  degree: number;
}

export interface RelationshipRow {
  id: string;
  source: string;
  target: string;
  sourceName: string;
  targetName: string;
  type: string;
  /** The type as the UI says it ("is party to", "est partie à"). */
  typeName: string;
}

/** The nodes the canvas shows (the filters' hidden ones left out), with their relationships counted among the shown ones. */
export function nodeRows(graph: WorkingGraph, hidden: ReadonlySet<string>, lang: Lang, labelNames: Record<string, string>): NodeRow[] {
  const degree = new Map<string, number>();
  for (const edge of graph.edges.values()) {
    if (hidden.has(edge.id) || hidden.has(edge.source) || hidden.has(edge.target)) continue;
    degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
    degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
  }
  return [...graph.nodes.values()]
    .filter((node) => !hidden.has(node.id))
    .map((node) => {
      const label = primaryLabel(node.labels);
      return { id: node.id, name: nodeName(node, lang), label, kind: labelNames[label] ?? label, degree: degree.get(node.id) ?? 0 };
    });
}

/** The relationships the canvas shows: neither they nor either end hidden by the filters. */
export function relationshipRows(graph: WorkingGraph, hidden: ReadonlySet<string>, lang: Lang, typeNames: Record<string, string>): RelationshipRow[] {
  const name = (id: string) => {
    const node = graph.nodes.get(id);
    return node ? nodeName(node, lang) : id;
  };
  return [...graph.edges.values()]
    .filter((edge) => !hidden.has(edge.id) && !hidden.has(edge.source) && !hidden.has(edge.target))
    .map((edge) => ({
      id: edge.id,
      source: edge.source,
      target: edge.target,
      sourceName: name(edge.source),
      targetName: name(edge.target),
      type: edge.type,
      typeName: typeNames[edge.type] ?? edge.type,
    }));
}
