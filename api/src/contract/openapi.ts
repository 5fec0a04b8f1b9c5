import { OpenAPIRegistry, OpenApiGeneratorV31, type RouteConfig } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { registerCurationRoutes } from './openapi-curation.js';
import { networkFiguresBody, networkFiguresResponse } from './analysis.js';
import { cooperationQuery, cooperationResponse } from './cooperation.js';
import { expandQuery, expandResponse } from './expand.js';
import { graphQuery, graphResponse } from './graph.js';
import { healthResponse } from './health.js';
import { mapMeasuresResponse, mapPlacesQuery, mapPlacesResponse, mapStatusQuery, mapStatusResponse } from './map.js';
import { metricsQuery, metricsResponse } from './metrics.js';
import { nodeContextBody, nodeContextResponse, nodeDetailsResponse, nodeParams, nodeTimelineQuery } from './nodes.js';
import { pathsResponse, sharedNodesQuery, sharedNodesResponse, shortestPathsQuery, shortestPathsResponse, simplePathsQuery } from './paths.js';
import { consoleRequest, consoleResponse } from './query.js';
import { searchQuery, searchResponse } from './search.js';
import { nodeTimelineResponse, timelineQuery, timelineResponse } from './timeline.js';
import { viewParams, viewResponse, viewsResponse } from './views.js';

/** The one error shape of every route (see api/src/errors.ts). */
export const errorResponse = z
  .object({ error: z.object({ code: z.string(), message: z.string(), field: z.string().optional() }) })
  .meta({ id: 'Error' });

const json = (schema: z.ZodType, description: string) => ({ description, content: { 'application/json': { schema } } });
const failures = {
  400: json(errorResponse, 'Invalid input: `error.field` names the parameter at fault.'),
  503: json(errorResponse, 'Neo4j is unavailable; retry after the Retry-After delay.'),
};
const notFound = { 404: json(errorResponse, 'No such node or view.') };

type Route = Omit<RouteConfig, 'responses'> & { ok: z.ZodType; okDescription: string; canMiss?: boolean };

const routes: Route[] = [
  {
    method: 'get',
    path: '/api/health',
    tags: ['status'],
    summary: 'Server and Neo4j status',
    ok: healthResponse,
    okDescription: 'Neo4j version and counts.',
  },
  {
    method: 'get',
    path: '/api/graph',
    tags: ['graph'],
    summary: 'The subgraph stated by source documents',
    request: { query: graphQuery },
    ok: graphResponse,
    okDescription: 'Nodes and edges.',
  },
  {
    method: 'get',
    path: '/api/search',
    tags: ['search'],
    summary: 'Full-text search over names and aliases (FR/EN)',
    request: { query: searchQuery },
    ok: searchResponse,
    okDescription: 'Ranked results.',
  },
  {
    method: 'get',
    path: '/api/nodes/{id}',
    tags: ['nodes'],
    summary: 'A node with its degree and provenance',
    request: { params: nodeParams },
    ok: nodeDetailsResponse,
    okDescription: 'The node.',
    canMiss: true,
  },
  {
    method: 'post',
    path: '/api/nodes/{id}/context',
    tags: ['nodes', 'explore'],
    summary: 'A node with its relationships to the nodes already drawn',
    request: { params: nodeParams, body: { content: { 'application/json': { schema: nodeContextBody } } } },
    ok: nodeContextResponse,
    okDescription: 'The node and those relationships.',
    canMiss: true,
  },
  {
    method: 'get',
    path: '/api/nodes/{id}/timeline',
    tags: ['nodes', 'timeline'],
    summary: "One node's activity over time",
    request: { params: nodeParams, query: nodeTimelineQuery },
    ok: nodeTimelineResponse,
    okDescription: 'Activity per period.',
    canMiss: true,
  },
  {
    method: 'get',
    path: '/api/expand',
    tags: ['explore'],
    summary: 'Neighbours within 1–3 hops, filtered and bounded',
    request: { query: expandQuery },
    ok: expandResponse,
    okDescription: 'The subgraph and what the limit left out.',
    canMiss: true,
  },
  {
    method: 'get',
    path: '/api/paths/shortest',
    tags: ['paths'],
    summary: 'k shortest paths between two nodes',
    request: { query: shortestPathsQuery },
    ok: shortestPathsResponse,
    okDescription: 'The paths.',
    canMiss: true,
  },
  {
    method: 'get',
    path: '/api/paths/simple',
    tags: ['paths'],
    summary: 'Simple paths up to 4 hops',
    request: { query: simplePathsQuery },
    ok: pathsResponse,
    okDescription: 'The paths.',
    canMiss: true,
  },
  {
    method: 'get',
    path: '/api/paths/shared',
    tags: ['paths'],
    summary: 'Nodes that several given nodes share',
    request: { query: sharedNodesQuery },
    ok: sharedNodesResponse,
    okDescription: 'The shared neighbours.',
    canMiss: true,
  },
  {
    method: 'get',
    path: '/api/timeline',
    tags: ['timeline'],
    summary: 'Events per year or month',
    request: { query: timelineQuery },
    ok: timelineResponse,
    okDescription: 'Counts per period.',
  },
  {
    method: 'get',
    path: '/api/cooperation',
    tags: ['explore'],
    summary: 'Actor-to-actor cooperation network',
    request: { query: cooperationQuery },
    ok: cooperationResponse,
    okDescription: 'Weighted links, each with its events.',
  },
  {
    method: 'get',
    path: '/api/map/measures',
    tags: ['map'],
    summary: 'Instruments and organisations a map can colour countries by',
    ok: mapMeasuresResponse,
    okDescription: 'Measures, most widely held first.',
  },
  {
    method: 'get',
    path: '/api/map/status',
    tags: ['map'],
    summary: "Every country's status (Party, signed, member, none) as of a date, and its change to a second date",
    request: { query: mapStatusQuery },
    ok: mapStatusResponse,
    okDescription: 'Countries with status, dates, facts and sources; counts per status.',
    canMiss: true,
  },
  {
    method: 'get',
    path: '/api/map/places',
    tags: ['map'],
    summary: 'Events placed on cities or countries, and cooperation flows between headquarters',
    request: { query: mapPlacesQuery },
    ok: mapPlacesResponse,
    okDescription: 'Placed events and flows in the time filter.',
  },
  {
    method: 'get',
    path: '/api/metrics',
    tags: ['explore'],
    summary: 'Degree, betweenness, PageRank, Louvain communities',
    request: { query: metricsQuery },
    ok: metricsResponse,
    okDescription: 'Figures per node and communities.',
    canMiss: true,
  },
  {
    method: 'post',
    path: '/api/analysis/network',
    tags: ['explore'],
    summary: 'Betweenness, PageRank, degree and Louvain communities of a weighted network the client holds',
    request: { body: { content: { 'application/json': { schema: networkFiguresBody } } } },
    ok: networkFiguresResponse,
    okDescription: 'Figures per node and communities.',
  },
  { method: 'get', path: '/api/views', tags: ['views'], summary: 'Curated views for trainers', ok: viewsResponse, okDescription: 'Every view.' },
  {
    method: 'get',
    path: '/api/views/{id}',
    tags: ['views'],
    summary: 'One view and its subgraph',
    request: { params: viewParams },
    ok: viewResponse,
    okDescription: 'The view.',
    canMiss: true,
  },
  {
    method: 'post',
    path: '/api/query',
    tags: ['console'],
    summary: 'Read-only Cypher console (404 when QUERY_CONSOLE_ENABLED=false)',
    request: { body: { content: { 'application/json': { schema: consoleRequest } } } },
    ok: consoleResponse,
    okDescription: 'Columns and at most 1000 rows.',
  },
];

/** The OpenAPI 3.1 document, generated from the same zod schemas the routes validate with. */
export function openApiDocument(): ReturnType<OpenApiGeneratorV31['generateDocument']> {
  const registry = new OpenAPIRegistry();
  for (const { ok, okDescription, canMiss, ...route } of routes) {
    registry.registerPath({ ...route, responses: { 200: json(ok, okDescription), ...failures, ...(canMiss ? notFound : {}) } });
  }
  registerCurationRoutes(registry, json, errorResponse);
  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Liaison API',
      version: '0.1.0',
      description:
        'Knowledge graph of international cooperation against trafficking in human beings. Graph results share one shape: `{ nodes: [{id, labels, properties}], edges: [{id, type, source, target, properties}] }`.',
    },
  });
}
