import type { GraphEdge, GraphNode } from '../contract/graph.js';
import type { Database } from '../db/driver.js';
import { toPlain } from '../db/records.js';
import { propertyKeys, type PropertyKey } from './properties.js';
import type { SelectionParams } from './selection.js';

/** An export may stream for a while to a slow client; Neo4j's own transaction timeout still applies. */
export const EXPORT_TIMEOUT_MS = 10 * 60_000;

/** What an export holds, known before the first byte is written. */
export interface SubgraphSummary {
  nodes: number;
  edges: number;
  labels: Record<string, number>;
  types: Record<string, number>;
  /** Every node property key with its declared type (`id` first, then names, then the rest). */
  nodeKeys: PropertyKey[];
  edgeKeys: PropertyKey[];
}

export type ExportElement = { kind: 'node'; node: GraphNode } | { kind: 'edge'; edge: GraphEdge };

/** A subgraph on its way out: its summary, then its elements, nodes first (ordered by id), then edges. */
export interface Subgraph {
  summary: SubgraphSummary;
  elements: AsyncIterable<ExportElement>;
}

/**
 * Property maps as plain JSON. Nearly every value is already a string, number, boolean or list of
 * strings: such a map is used as the driver built it (no copy, less garbage); a map holding
 * anything else (Integer, temporal values) goes through toPlain.
 */
function plainProperties(properties: Record<string, unknown>): GraphNode['properties'] {
  for (const key in properties) {
    const value = properties[key];
    const type = typeof value;
    if (type === 'string' || type === 'boolean' || type === 'number') continue;
    if (Array.isArray(value) && value.every((item) => typeof item === 'string')) continue;
    return toPlain(properties) as GraphNode['properties'];
  }
  return properties as GraphNode['properties'];
}

function countRecord(rows: unknown, key: 'label' | 'type'): Record<string, number> {
  const list = (Array.isArray(rows) ? rows : []) as Record<string, unknown>[];
  return Object.fromEntries(list.map((row) => [String(row[key]), Number(row.count)] as const).sort(([a], [b]) => a.localeCompare(b)));
}

function summaryOf(row: Record<string, unknown>): SubgraphSummary {
  return {
    nodes: Number(row.nodes),
    edges: Number(row.edges),
    labels: countRecord(row.labels, 'label'),
    types: countRecord(row.types, 'type'),
    nodeKeys: propertyKeys((row.nodeKeys ?? []) as { key: string; valueType: string }[]),
    edgeKeys: propertyKeys((row.edgeKeys ?? []) as { key: string; valueType: string }[]),
  };
}

/** The summary with a view's computed edges added: counted, typed and their property keys declared. */
function withComputed(summary: SubgraphSummary, computed: GraphEdge[]): SubgraphSummary {
  if (computed.length === 0) return summary;
  const types = { ...summary.types };
  for (const edge of computed) types[edge.type] = (types[edge.type] ?? 0) + 1;
  const stored = summary.edgeKeys.map((key) => ({ key: key.name, valueType: STORED_TYPE[key.type] }));
  const seen = computed.flatMap((edge) =>
    Object.entries(edge.properties)
      .filter(([, value]) => value !== null && value !== undefined)
      .map(([key, value]) => ({ key, valueType: jsType(value) })),
  );
  return {
    ...summary,
    edges: summary.edges + computed.length,
    types: Object.fromEntries(Object.entries(types).sort(([a], [b]) => a.localeCompare(b))),
    edgeKeys: propertyKeys([...stored, { key: 'id', valueType: 'STRING' }, ...seen]),
  };
}

/** A declared key type as the Cypher value type it folds back from (so stored and computed keys merge). */
const STORED_TYPE: Record<PropertyKey['type'], string> = {
  string: 'STRING',
  integer: 'INTEGER',
  float: 'FLOAT',
  boolean: 'BOOLEAN',
  'string[]': 'LIST<STRING>',
  json: 'MAP',
};

/**
 * Counts and property keys of a selection, without streaming it (GET /api/export/count);
 * `computedEdges` are a view's computed links, counted beside the stored relationships.
 */
export async function summarizeSelection(db: Database, params: SelectionParams, computedEdges: GraphEdge[] = []): Promise<SubgraphSummary> {
  const [row] = await db.read('export-summary', params as unknown as Record<string, unknown>, { timeoutMs: EXPORT_TIMEOUT_MS });
  return withComputed(summaryOf(row ?? {}), computedEdges);
}

/**
 * Opens one read transaction and hands `write` a subgraph whose elements stream from the driver
 * record by record: the nodes query, then the edges query (the driver pauses fetching while the
 * consumer is busy, so memory stays bounded whatever the export's size). The summary is computed
 * beside the nodes query and is known before `write` runs. The transaction ends when `write` settles.
 */
export async function withSubgraph<T>(
  db: Database,
  params: SelectionParams,
  write: (subgraph: Subgraph) => Promise<T>,
  computedEdges: GraphEdge[] = [],
): Promise<T> {
  const queryParams = params as unknown as Record<string, unknown>;
  return db.stream(
    async (tx) => {
      const nodes = tx.records('export-nodes', queryParams);
      const summary = await summarizeSelection(db, params, computedEdges);
      const elements = (async function* (): AsyncGenerator<ExportElement> {
        // Columns by position: id, labels, properties.
        for await (const record of nodes) {
          yield {
            kind: 'node',
            node: {
              id: String(record.get(0)),
              labels: record.get(1) as string[],
              properties: plainProperties(record.get(2) as Record<string, unknown>),
            },
          };
        }
        // Columns by position: id, type, source, target, properties.
        for await (const record of tx.records('export-edges', queryParams)) {
          yield {
            kind: 'edge',
            edge: {
              id: String(record.get(0)),
              type: record.get(1) as string,
              source: record.get(2) as string,
              target: record.get(3) as string,
              properties: plainProperties(record.get(4) as Record<string, unknown>),
            },
          };
        }
        for (const edge of computedEdges) yield { kind: 'edge', edge };
      })();
      return write({ summary, elements });
    },
    { timeoutMs: EXPORT_TIMEOUT_MS, metadata: { query: 'export' }, fetchSize: 5000 },
  );
}

function jsType(value: unknown): string {
  if (Array.isArray(value)) return value.every((item) => typeof item === 'string') ? (value.length ? 'LIST<STRING>' : 'LIST<NOTHING>') : 'LIST<ANY>';
  if (typeof value === 'string') return 'STRING';
  if (typeof value === 'boolean') return 'BOOLEAN';
  if (typeof value === 'number') return Number.isInteger(value) ? 'INTEGER' : 'FLOAT';
  return 'ANY';
}

/** An in-memory graph as a subgraph (summary computed here): for tests and small, already-loaded graphs. */
export function subgraphOf(graph: { nodes: GraphNode[]; edges: GraphEdge[] }): Subgraph {
  const keyTypes = (items: { properties: Record<string, unknown> }[]) => {
    const seen: { key: string; valueType: string }[] = [];
    for (const item of items)
      for (const [key, value] of Object.entries(item.properties)) if (value !== null) seen.push({ key, valueType: jsType(value) });
    return propertyKeys(seen);
  };
  const count = (values: string[]) => {
    const counts: Record<string, number> = {};
    for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
    return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
  };
  const nodes = [...graph.nodes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const edges = [...graph.edges].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    summary: {
      nodes: nodes.length,
      edges: edges.length,
      labels: count(nodes.flatMap((node) => node.labels)),
      types: count(edges.map((edge) => edge.type)),
      nodeKeys: keyTypes(nodes),
      edgeKeys: keyTypes(edges),
    },
    elements: (async function* (): AsyncGenerator<ExportElement> {
      for (const node of nodes) yield { kind: 'node', node };
      for (const edge of edges) yield { kind: 'edge', edge };
    })(),
  };
}
