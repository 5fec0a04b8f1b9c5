import { emptyDocument, entryName, type ImportDocument } from '../document.js';
import { domainLabel } from './labels.js';

/** Keys Cytoscape (JS or desktop) keeps in element data for itself; they are not properties. */
const NODE_KEYS_IGNORED = new Set(['label', 'labels', 'name', 'SUID', 'shared_name', 'selected']);
const EDGE_KEYS_IGNORED = new Set([
  'type',
  'interaction',
  'label',
  'name',
  'source',
  'target',
  'SUID',
  'shared_name',
  'shared_interaction',
  'selected',
]);

type Data = Record<string, unknown>;

function dataOf(element: unknown): Data | null {
  if (!element || typeof element !== 'object') return null;
  const data = (element as { data?: unknown }).data;
  return data && typeof data === 'object' && !Array.isArray(data) ? (data as Data) : null;
}

/**
 * Cytoscape.js JSON: `{ elements: { nodes: [{data}], edges: [{data}] } }` (what `cy.json()` and our
 * export write) or `{ elements: [{ group: "nodes"|"edges", data }] }`. A node's label comes from
 * `data.labels` (or `data.label`); an edge's type from `data.type` (or `data.interaction`).
 */
export function readCytoscapeDocument(file: string, json: unknown): ImportDocument {
  const document = emptyDocument('cytoscape', [file]);
  const elements = (json as { elements?: unknown } | null)?.elements;
  let nodes: unknown[] = [];
  let edges: unknown[] = [];
  if (Array.isArray(elements)) {
    nodes = elements.filter((element) => (element as { group?: unknown })?.group === 'nodes');
    edges = elements.filter((element) => (element as { group?: unknown })?.group === 'edges');
  } else if (elements && typeof elements === 'object') {
    const grouped = elements as { nodes?: unknown; edges?: unknown };
    nodes = Array.isArray(grouped.nodes) ? grouped.nodes : [];
    edges = Array.isArray(grouped.edges) ? grouped.edges : [];
  } else {
    document.issues.push({ file, entry: '(file)', field: 'elements', message: 'a Cytoscape JSON file needs "elements" (nodes and edges)' });
    return document;
  }
  nodes.forEach((element, index) => {
    const data = dataOf(element);
    const entry = entryName(`elements.nodes[${index}]`, data?.id);
    if (!data) return document.issues.push({ file, entry, field: 'data', message: 'a Cytoscape element needs a "data" object' });
    const properties = Object.fromEntries(Object.entries(data).filter(([key]) => !NODE_KEYS_IGNORED.has(key)));
    document.nodes.push({ file, entry, data: { ...properties, label: domainLabel(data.labels ?? data.label) } });
  });
  edges.forEach((element, index) => {
    const data = dataOf(element);
    const base = `elements.edges[${index}]`;
    if (!data) return document.issues.push({ file, entry: base, field: 'data', message: 'a Cytoscape element needs a "data" object' });
    const properties = Object.fromEntries(Object.entries(data).filter(([key]) => !EDGE_KEYS_IGNORED.has(key)));
    document.relationships.push({
      file,
      entry: entryName(base, data.id ?? `${String(data.source)} ${String(data.type)} ${String(data.target)}`),
      style: 'graph',
      data: { ...properties, type: data.type ?? data.interaction, from: data.source, to: data.target },
    });
  });
  return document;
}
