import { cooperationQuery } from '../contract/cooperation.js';
import type { GraphEdge } from '../contract/graph.js';
import type { Database } from '../db/driver.js';
import { COOPERATION_EDGE_TYPE, cooperationNetwork } from '../explore/cooperation.js';

/**
 * A network step shows cooperation links: projections of shared events, never stored (their id is
 * `a|COOPERATED_WITH|b`, a < b). A story keeps their ids; showing the step projects them again, so
 * the weights and event lists are those of the graph today, and a merged actor keeps its links.
 */

const SEPARATOR = `|${COOPERATION_EDGE_TYPE}|`;

/** The ends of a cooperation link id, or null for any other id. */
function endsOf(id: string): [string, string] | null {
  const parts = id.split(SEPARATOR);
  return parts.length === 2 && parts[0] && parts[1] ? [parts[0], parts[1]] : null;
}

/** The id a cooperation link has once its ends' merges are followed (ends sorted as the projection sorts them). */
export function redirectedLinkId(id: string, redirects: ReadonlyMap<string, string>): string {
  const ends = endsOf(id);
  if (!ends) return id;
  const [a, b] = ends.map((end) => redirects.get(end) ?? end) as [string, string];
  return a < b ? `${a}${SEPARATOR}${b}` : `${b}${SEPARATOR}${a}`;
}

/** The projection takes at most this many actors at once. */
const ACTORS_PER_QUERY = 50;

/** The cooperation links among `ids` (some may not be links), as they are now; links that no longer exist are left out. */
export async function projectedLinks(
  db: Database,
  ids: readonly string[],
  redirects: ReadonlyMap<string, string>,
  existing: ReadonlySet<string>,
): Promise<GraphEdge[]> {
  const wanted = new Set(ids.filter((id) => endsOf(id)).map((id) => redirectedLinkId(id, redirects)));
  if (wanted.size === 0) return [];
  const actors = [...new Set([...wanted].flatMap((id) => endsOf(id) ?? []))].filter((id) => existing.has(id));
  const found = new Map<string, GraphEdge>();
  for (let start = 0; start < actors.length; start += ACTORS_PER_QUERY) {
    const query = cooperationQuery.parse({ actors: actors.slice(start, start + ACTORS_PER_QUERY), limit: 5000 });
    for (const edge of (await cooperationNetwork(db, query)).edges) if (wanted.has(edge.id)) found.set(edge.id, edge);
  }
  return [...found.values()];
}
