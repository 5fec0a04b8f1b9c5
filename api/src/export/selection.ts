import type { ExportSelection } from '../contract/export.js';
import { filterParams, type FilterParams } from '../contract/filters.js';
import type { Database } from '../db/driver.js';
import { luceneQuery } from '../explore/lucene.js';
import { viewWithGraph } from '../explore/views.js';

/** The parameters export-summary.cypher and export-elements.cypher take (null = no restriction). */
export interface SelectionParams extends FilterParams {
  ids: string[] | null;
  edgeIds: string[] | null;
  withSources: boolean;
}

export interface ResolvedSelection {
  params: SelectionParams;
  /** A short slug naming the selection, for file names: `view-x`, `selection`, `search`, `graph`. */
  slug: string;
}

/** Finds a saved view's graph; the default asks the views module (the same graph GET /api/views/:id shows). */
export type ViewResolver = (db: Database, viewId: string) => Promise<{ nodeIds: string[]; edgeIds: string[] }>;

export const resolveViewGraph: ViewResolver = async (db, viewId) => {
  const { nodes, edges } = await viewWithGraph(db, viewId);
  return { nodeIds: nodes.map((node) => node.id), edgeIds: edges.map((edge) => edge.id) };
};

/** Keeps what both lists hold; `null` means "no restriction". */
function intersect(a: string[] | null, b: string[] | null): string[] | null {
  if (a === null) return b;
  if (b === null) return a;
  const wanted = new Set(b);
  return a.filter((id) => wanted.has(id));
}

/** The ids of every node a text search finds (names and aliases, FR and EN, accent-insensitive). */
export async function textMatches(db: Database, text: string): Promise<string[]> {
  const trimmed = text.trim();
  const rows = await db.read('export-text-ids', {
    lucene: luceneQuery(trimmed),
    ids: [...new Set([trimmed, trimmed.toLowerCase(), trimmed.toUpperCase()])],
  });
  return rows.map((row) => String(row.id));
}

/**
 * Turns a validated selection into query parameters: a view becomes its node and edge ids, a text
 * search becomes the ids it finds, and everything given is intersected.
 */
export async function resolveSelection(
  db: Database,
  selection: ExportSelection,
  resolveView: ViewResolver = resolveViewGraph,
): Promise<ResolvedSelection> {
  let ids: string[] | null = selection.ids?.length ? [...new Set(selection.ids)] : null;
  let edgeIds: string[] | null = selection.edgeIds?.length ? [...new Set(selection.edgeIds)] : null;
  if (selection.view) {
    const view = await resolveView(db, selection.view);
    ids = intersect(ids, view.nodeIds);
    edgeIds = intersect(edgeIds, view.edgeIds);
  }
  if (selection.text) ids = intersect(ids, await textMatches(db, selection.text));
  const filtered = Boolean(
    selection.labels?.length || selection.types?.length || selection.from || selection.to || selection.as_of || selection.country || selection.topic,
  );
  const slug = selection.view ? selection.view : selection.ids?.length ? 'selection' : selection.text ? 'search' : filtered ? 'filtered' : 'graph';
  return {
    params: {
      ids,
      edgeIds,
      ...filterParams(selection),
      withSources: selection.sourceNodes,
    },
    slug: slug.replace(/[^a-z0-9-]+/gi, '-').toLowerCase(),
  };
}
