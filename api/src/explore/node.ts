import type { GraphEdge, GraphNode, GraphResponse } from '../contract/graph.js';
import type { NodeDetailsResponse, ProvenanceEntry } from '../contract/nodes.js';
import type { Database } from '../db/driver.js';
import { NotFound } from '../errors.js';
import { passageLink } from './passage.js';
import { readBounded } from './read.js';
import { redirectOf } from './redirects.js';
import { publicNode } from './subgraph.js';

const SOURCE_LIMIT = 50;
const STATEMENT_LIMIT = 100;

type RawStatement = Omit<ProvenanceEntry['statements'][number], 'link'> & { source_url: string | null };

/** A node and its relationships, either way, to the `drawn` nodes (what opening it adds to a canvas). */
export async function nodeContext(db: Database, id: string, drawn: string[]): Promise<GraphResponse> {
  const [row] = await readBounded(db, 'node-with-edges-to', { id, drawn }, 'drawn');
  if (!row) {
    // A merged id answers with the entity it went into.
    const target = await redirectOf(db, id);
    if (target) return nodeContext(db, target, drawn);
    throw new NotFound(`No node with id "${id}"`);
  }
  return { nodes: [row.node as GraphNode], edges: row.edges as GraphEdge[] };
}

/** A node, its degree per type and direction, and the sources behind its relationships. */
export async function nodeDetails(db: Database, id: string): Promise<NodeDetailsResponse> {
  const [row] = await readBounded(db, 'node-details', { id });
  if (!row) {
    // A merged id answers with the entity it went into, saying so.
    const target = await redirectOf(db, id);
    if (target) return { ...(await nodeDetails(db, target)), redirectedFrom: id };
    throw new NotFound(`No node with id "${id}"`);
  }
  const byType = row.degree as NodeDetailsResponse['degree']['byType'];
  const sources = await readBounded(db, 'node-provenance', { id, sourceLimit: SOURCE_LIMIT, statementLimit: STATEMENT_LIMIT });
  const provenance = sources.map((entry): ProvenanceEntry => {
    const found = entry.source as Partial<ProvenanceEntry['source']> | null;
    const source: ProvenanceEntry['source'] = {
      id: String(entry.sourceId),
      title: found?.title ?? null,
      url: found?.url ?? null,
      kind: found?.kind ?? null,
      publisher: found?.publisher ?? null,
      language: found?.language ?? null,
      published: found?.published ?? null,
      symbol: found?.symbol ?? null,
    };
    const statements = (entry.statements as RawStatement[]).map(({ source_url, ...statement }) => ({
      ...statement,
      // Documents link to the quoted passage; reference tables to the row they came from.
      link: statement.evidence ? passageLink(source.url, statement.evidence) : (source_url ?? source.url),
    }));
    return { source, total: Number(entry.total), statements };
  });
  return {
    node: publicNode(row.node as GraphNode),
    degree: { total: byType.reduce((sum, entry) => sum + entry.count, 0), byType },
    provenance,
  };
}
