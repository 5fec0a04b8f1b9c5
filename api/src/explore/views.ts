import type { GraphResponse } from '../contract/graph.js';
import { viewDefinition, type ViewDefinition, type ViewResponse, type ViewSpec } from '../contract/views.js';
import type { Database, Row } from '../db/driver.js';
import { NotFound } from '../errors.js';
import { cooperationNetwork } from './cooperation.js';
import { expandGraph } from './expand.js';
import { sharedNodes, shortestPaths } from './paths.js';
import { readBounded } from './read.js';
import { followRedirects, redirectsOf } from './redirects.js';

/** A stored :View node back into its definition (spec and positions were stored as JSON text). */
function toDefinition(row: Row): ViewDefinition {
  const stored = row.view as Record<string, unknown>;
  return viewDefinition.parse({
    id: stored.id,
    title_en: stored.title_en,
    title_fr: stored.title_fr,
    summary_en: stored.summary_en ?? undefined,
    summary_fr: stored.summary_fr ?? undefined,
    description_en: stored.description_en,
    description_fr: stored.description_fr,
    spec: JSON.parse(String(stored.spec)),
    positions: JSON.parse(String(stored.positions ?? '{}')),
  });
}

/** Every curated view, in seed order. */
export async function listViews(db: Database): Promise<ViewDefinition[]> {
  return (await readBounded(db, 'views-list', {})).map(toDefinition);
}

/** Runs the exploration a view names, with its stored parameters; only the graph is kept. */
async function runSpec(db: Database, spec: ViewSpec): Promise<GraphResponse> {
  switch (spec.query) {
    case 'expand':
      return pickGraph(await expandGraph(db, spec.params));
    case 'cooperation':
      return pickGraph(await cooperationNetwork(db, spec.params));
    case 'shortest-paths':
      return pickGraph(await shortestPaths(db, spec.params));
    case 'shared-nodes':
      return pickGraph(await sharedNodes(db, spec.params));
  }
}

const pickGraph = ({ nodes, edges }: GraphResponse): GraphResponse => ({ nodes, edges });

/** One view and its subgraph. */
export async function viewWithGraph(db: Database, id: string): Promise<ViewResponse> {
  const [row] = await readBounded(db, 'view-by-id', { id });
  if (!row) throw new NotFound(`No view with id "${id}"`);
  const view = await followViewRedirects(db, toDefinition(row));
  return { view, ...(await runSpec(db, view.spec)) };
}

/**
 * A view saved before a merge names the merged id: it runs with the entity it went into, and its
 * fixed positions move with it (unless the kept entity has its own).
 */
async function followViewRedirects(db: Database, view: ViewDefinition): Promise<ViewDefinition> {
  const spec = view.spec;
  const params = spec.params as Record<string, unknown>;
  const named = ['ids', 'actors', 'from', 'to', 'topic'].flatMap((key) => {
    const value = params[key];
    return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [];
  });
  const redirects = await redirectsOf(db, [...named, ...Object.keys(view.positions ?? {})]);
  if (redirects.size === 0) return view;
  const follow = async (value: unknown) =>
    Array.isArray(value) ? followRedirects(db, value.map(String)) : typeof value === 'string' ? (redirects.get(value) ?? value) : value;
  const nextParams: Record<string, unknown> = { ...params };
  for (const key of ['ids', 'actors', 'topic']) if (key in params) nextParams[key] = await follow(params[key]);
  // `from`/`to` are node ids only in path views (expand and cooperation use them as dates).
  if (spec.query === 'shortest-paths') for (const key of ['from', 'to']) nextParams[key] = await follow(params[key]);
  const positions = view.positions
    ? Object.fromEntries(
        Object.entries(view.positions)
          .map(([key, value]) => [redirects.get(key) ?? key, value] as const)
          .filter(([key], index, all) => all.findIndex(([other]) => other === key) === index),
      )
    : undefined;
  return { ...view, spec: { ...spec, params: nextParams } as ViewSpec, ...(positions ? { positions } : {}) };
}
