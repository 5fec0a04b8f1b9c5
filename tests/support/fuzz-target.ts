import type { OpenApiDocument } from './fuzz-requests.js';

/** GETs JSON; a 503 (Neo4j busy: a load average of 48 made /api/graph time out) is retried as Retry-After says, a few times. */
async function getJson<T>(url: string): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    const response = await fetch(url);
    const text = await response.text();
    if (response.ok) return JSON.parse(text) as T;
    if (response.status !== 503 || attempt >= 5) throw new Error(`GET ${url} answered ${response.status}: ${text.slice(0, 300)}`);
    const wait = Number(response.headers.get('retry-after') ?? 5) * 1000;
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}

/** What the generators need from a running app: its OpenAPI document and real node ids to aim at. */
export async function fuzzTarget(baseUrl: string): Promise<{ document: OpenApiDocument; ids: string[] }> {
  const document = await getJson<OpenApiDocument>(`${baseUrl}/api/openapi.json`);
  const graph = await getJson<{ nodes: Array<{ id: string }> }>(`${baseUrl}/api/graph?limit=300`);
  const ids = graph.nodes.map((node) => node.id);
  if (ids.length === 0) throw new Error('the graph is empty: load the seed first');
  return { document, ids };
}
