import { degrees } from '../../graph/readability/sizeScale';

interface DigestNode {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
  caption?: { en: string; fr: string };
}
interface DigestEdge {
  source: string;
  target: string;
  properties: Record<string, unknown>;
}

/** A node a card names: its caption, and what tells it apart from a namesake (symbol, year). */
export interface DigestEntry {
  id: string;
  name: string;
  symbol: string | null;
  year: number | null;
}

/** What an entry-point card says about a view beyond its title: who, which texts, when. */
export interface ViewDigest {
  actors: DigestEntry[];
  instruments: DigestEntry[];
  years: { first: number; last: number } | null;
}

const year = (value: unknown): number | null => {
  const match = typeof value === 'string' ? /^(\d{4})/.exec(value) : null;
  return match ? Number(match[1]) : null;
};

/**
 * The main actors and instruments of a view's graph (best connected within it first) and the
 * years its events and dated facts cover.
 */
export function viewDigest(graph: { nodes: DigestNode[]; edges: DigestEdge[] }, lang: 'en' | 'fr', limit = 3): ViewDigest {
  const degree = degrees(
    graph.nodes.map((node) => node.id),
    graph.edges,
  );
  const top = (label: string) =>
    graph.nodes
      .filter((node) => node.labels.includes(label))
      .sort((a, b) => (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0) || a.id.localeCompare(b.id))
      .slice(0, limit)
      .map((node) => ({
        id: node.id,
        name: node.caption?.[lang] ?? String(node.properties[`name_${lang}`] ?? node.id),
        symbol: typeof node.properties.symbol === 'string' ? node.properties.symbol : null,
        // An instrument's year: when it was adopted, signed or published.
        year: year(node.properties.adopted) ?? year(node.properties.date) ?? year(node.properties.start) ?? year(node.properties.published),
      }));
  const years: number[] = [];
  for (const node of graph.nodes)
    if (node.labels.includes('Event')) years.push(...[year(node.properties.start), year(node.properties.end)].filter((y) => y !== null));
  for (const edge of graph.edges) years.push(...['date', 'start', 'end'].map((key) => year(edge.properties[key])).filter((y) => y !== null));
  return {
    actors: top('Actor'),
    instruments: top('Instrument'),
    years: years.length ? { first: Math.min(...years), last: Math.max(...years) } : null,
  };
}
