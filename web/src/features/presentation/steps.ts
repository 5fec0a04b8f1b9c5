import type { ViewDefinition } from '../../api/client';
import { nodeName } from '../../graph/elements';
import type { Lang, Messages } from '../../i18n/messages';
import type { WorkingGraph } from '../../state/workingGraph';

export interface Step {
  title: string;
  caption: string;
  nodes: string[];
  edges: string[];
}

/** How many relationship types get a step of their own (the biggest ones). */
const MAX_TYPE_STEPS = 6;

/**
 * The steps of a presentation, from the data on the canvas: first the whole view with its
 * description, then one step per relationship type (largest first), captioned with the facts it
 * shows in the chosen language, e.g. "GRETA → monitors → CETS 197".
 */
export function presentationSteps(view: ViewDefinition | undefined, graph: WorkingGraph, lang: Lang, t: Messages): Step[] {
  const name = (id: string) => {
    const node = graph.nodes.get(id);
    return node ? nodeName(node, lang) : id;
  };
  const steps: Step[] = [
    {
      title: view ? (lang === 'fr' ? view.title_fr : view.title_en) : t.title,
      caption: view ? (lang === 'fr' ? view.description_fr : view.description_en) : t.summary(graph.nodes.size, graph.edges.size),
      nodes: [...graph.nodes.keys()],
      edges: [...graph.edges.keys()],
    },
  ];
  const byType = new Map<string, { id: string; source: string; target: string }[]>();
  for (const edge of graph.edges.values()) byType.set(edge.type, [...(byType.get(edge.type) ?? []), edge]);
  const groups = [...byType.entries()].sort((a, b) => b[1].length - a[1].length).slice(0, MAX_TYPE_STEPS);
  for (const [type, edges] of groups) {
    const label = t.types[type] ?? type;
    steps.push({
      title: `${label.charAt(0).toUpperCase()}${label.slice(1)} (${edges.length})`,
      caption: caption(edges, label, name, t),
      nodes: [...new Set(edges.flatMap((edge) => [edge.source, edge.target]))],
      edges: edges.map((edge) => edge.id),
    });
  }
  return steps;
}

const NAMES_IN_CAPTION = 4;

function list(names: string[], t: Messages): string {
  const unique = [...new Set(names)];
  const shown = unique.slice(0, NAMES_IN_CAPTION).join(', ');
  return unique.length > NAMES_IN_CAPTION ? `${shown} ${t.expand.more(unique.length - NAMES_IN_CAPTION)}` : shown;
}

/**
 * One sentence for a group of relationships of one type: "GRETA → evaluated → Iceland, Moldova…"
 * when they share their source, "… → Council of Europe" when they share their target, else pairs.
 */
function caption(edges: { source: string; target: string }[], label: string, name: (id: string) => string, t: Messages): string {
  const sources = new Set(edges.map((edge) => edge.source));
  const targets = new Set(edges.map((edge) => edge.target));
  if (sources.size === 1)
    return `${name(edges[0]!.source)} → ${label} → ${list(
      edges.map((edge) => name(edge.target)),
      t,
    )}`;
  if (targets.size === 1)
    return `${list(
      edges.map((edge) => name(edge.source)),
      t,
    )} → ${label} → ${name(edges[0]!.target)}`;
  const pairs = edges.slice(0, 3).map((edge) => `${name(edge.source)} → ${name(edge.target)}`);
  return `${label}: ${pairs.join(' · ')}${edges.length > 3 ? ` · ${t.expand.more(edges.length - 3)}` : ''}`;
}
