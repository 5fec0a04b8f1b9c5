import type { ViewDefinition } from '../../api/client';
import type { Lang, Messages } from '../../i18n/messages';
import type { WorkingGraph } from '../../state/workingGraph';

export interface Step {
  title: string;
  caption: string;
  nodes: string[];
  edges: string[];
}

/**
 * The presentation of a canvas that no story tells: one picture, the view's title and description
 * (or what the canvas holds). Curated views are presented through their hand-written stories
 * (seed/stories.json); steps are never generated from relationship types any more.
 */
export function presentationSteps(view: ViewDefinition | undefined, graph: WorkingGraph, lang: Lang, t: Messages): Step[] {
  return [
    {
      title: view ? (lang === 'fr' ? view.title_fr : view.title_en) : t.title,
      caption: view ? (lang === 'fr' ? view.description_fr : view.description_en) : t.summary(graph.nodes.size, graph.edges.size),
      nodes: [...graph.nodes.keys()],
      edges: [...graph.edges.keys()],
    },
  ];
}
