import type { OpenApiDocument } from './fuzz-requests.js';

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  const text = await response.text();
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text) as T;
}

/** What the generators need from a running app: its OpenAPI document and real node ids to aim at. */
export async function fuzzTarget(baseUrl: string): Promise<{ document: OpenApiDocument; ids: string[] }> {
  const document = await getJson<OpenApiDocument>(`${baseUrl}/api/openapi.json`);
  const graph = await getJson<{ nodes: Array<{ id: string }> }>(`${baseUrl}/api/graph?limit=300`);
  const ids = graph.nodes.map((node) => node.id);
  if (ids.length === 0) throw new Error('the graph is empty: load the seed first');
  return { document, ids };
}
