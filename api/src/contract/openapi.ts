import { OpenAPIRegistry, OpenApiGeneratorV31, type ResponseConfig, type RouteConfig } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import { registerCurationRoutes } from './openapi-curation.js';
import { registerDocumentRoutes } from './openapi-documents.js';
import { networkFiguresBody, networkFiguresResponse } from './analysis.js';
import { cooperationQuery, cooperationResponse } from './cooperation.js';
import { expandQuery, expandResponse } from './expand.js';
import { graphQuery, graphResponse } from './graph.js';
import { healthResponse } from './health.js';
import { mapMeasuresResponse, mapPlacesQuery, mapPlacesResponse, mapStatusQuery, mapStatusResponse } from './map.js';
import { metricsQuery, metricsResponse } from './metrics.js';
import { nodeContextBody, nodeContextResponse, nodeDetailsResponse, nodeParams, nodeTimelineQuery } from './nodes.js';
import { pathsResponse, sharedNodesQuery, sharedNodesResponse, shortestPathsQuery, shortestPathsResponse, simplePathsQuery } from './paths.js';
import {
  accountParams,
  accountsResponse,
  account,
  createAccountBody,
  createAccountResponse,
  createTokenBody,
  createTokenResponse,
  apiTokensResponse,
  sessionResponse,
  signInBody,
  signInResponse,
  tokenParams,
  updateAccountBody,
} from './auth.js';
import { consoleRequest, consoleResponse } from './query.js';
import { searchQuery, searchResponse } from './search.js';
import { nodeTimelineResponse, timelineQuery, timelineResponse } from './timeline.js';
import { viewParams, viewResponse, viewsResponse } from './views.js';
import {
  storiesResponse,
  storyDeleteResponse,
  storyElementsBody,
  storyElementsResponse,
  storyInput,
  storyReplaceInput,
  storyParams,
  storyResponse,
  storyWriteResponse,
} from './stories.js';

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

type Route = Omit<RouteConfig, 'responses'> & {
  ok: z.ZodType;
  okDescription: string;
  canMiss?: boolean;
  /** The success status when not 200 (204: no body). */
  status?: 201 | 204;
  /** Needs a role: 401 without credentials, 403 when too low (or CSRF, for a cookie write). */
  guarded?: boolean;
};

const guards = {
  401: json(errorResponse, 'Not signed in (or the session expired): sign in, or send a bearer token.'),
  403: json(errorResponse, 'The role is too low, the bearer token is not valid, or (code CSRF) a cookie write lacks X-CSRF-Token.'),
};

const body = (schema: z.ZodType) => ({ body: { content: { 'application/json': { schema } } } });

/** Issue 14: sign-in, the session, personal API tokens and (admin) accounts. */
const authRoutes: Route[] = [
  {
    method: 'post',
    path: '/api/auth/sign-in',
    tags: ['auth'],
    summary: 'Sign in with name and password: sets the session cookie liaison.sid (401 "Wrong name or password."; 429 after too many failures)',
    request: body(signInBody),
    ok: signInResponse,
    okDescription: 'The account and the CSRF token for X-CSRF-Token.',
  },
  { method: 'post', path: '/api/auth/sign-out', tags: ['auth'], summary: 'End the session', ok: z.null(), okDescription: 'Signed out.', status: 204 },
  {
    method: 'get',
    path: '/api/auth/session',
    tags: ['auth'],
    summary: 'Who is signed in with this cookie, and the CSRF token',
    ok: sessionResponse,
    okDescription: 'The account and CSRF token, or account null.',
  },
  {
    method: 'get',
    path: '/api/auth/tokens',
    tags: ['auth'],
    summary: 'My personal API tokens (never their secrets)',
    ok: apiTokensResponse,
    okDescription: 'The tokens.',
    guarded: true,
  },
  {
    method: 'post',
    path: '/api/auth/tokens',
    tags: ['auth'],
    summary: 'Create a personal API token: the secret (lsn_…) is shown once; send it as "Authorization: Bearer lsn_…"',
    request: body(createTokenBody),
    ok: createTokenResponse,
    okDescription: 'The token and its secret.',
    status: 201,
    guarded: true,
  },
  {
    method: 'delete',
    path: '/api/auth/tokens/{id}',
    tags: ['auth'],
    summary: 'Revoke one of my personal API tokens',
    request: { params: tokenParams },
    ok: z.null(),
    okDescription: 'Revoked.',
    status: 204,
    guarded: true,
    canMiss: true,
  },
  {
    method: 'get',
    path: '/api/accounts',
    tags: ['accounts'],
    summary: 'Every account (admin)',
    ok: accountsResponse,
    okDescription: 'Accounts, without credentials.',
    guarded: true,
  },
  {
    method: 'post',
    path: '/api/accounts',
    tags: ['accounts'],
    summary: 'Create an account (admin); without a password, a one-time one is generated and returned once (409: name taken)',
    request: body(createAccountBody),
    ok: createAccountResponse,
    okDescription: 'The account (and its one-time password).',
    status: 201,
    guarded: true,
  },
  {
    method: 'patch',
    path: '/api/accounts/{id}',
    tags: ['accounts'],
    summary:
      "Change an account's role, password or disabled flag (admin); disabling ends its sessions and refuses its tokens (409 LAST_ADMIN: the last enabled admin cannot be demoted or disabled)",
    request: { params: accountParams, ...body(updateAccountBody) },
    ok: account,
    okDescription: 'The account.',
    guarded: true,
    canMiss: true,
  },
];

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
    method: 'get',
    path: '/api/stories',
    tags: ['stories'],
    summary: "Trainers' stories (cards: no steps)",
    ok: storiesResponse,
    okDescription: 'Every story, most recently updated first.',
  },
  {
    method: 'get',
    path: '/api/stories/{id}',
    tags: ['stories'],
    summary: 'One story with its steps',
    request: { params: storyParams },
    ok: storyResponse,
    okDescription: 'The story.',
    canMiss: true,
  },
  {
    method: 'post',
    path: '/api/stories/elements',
    tags: ['stories'],
    summary: "The nodes and relationships a story's steps name, as they are now (merged ids followed, deleted ones listed as missing)",
    request: body(storyElementsBody),
    ok: storyElementsResponse,
    okDescription: 'Elements, redirects and what is missing.',
  },
  {
    method: 'post',
    path: '/api/stories',
    tags: ['stories'],
    summary: 'Save a new story (editor; audited as a change)',
    request: body(storyInput),
    ok: storyWriteResponse,
    okDescription: 'The story and its change.',
    status: 201,
    guarded: true,
  },
  {
    method: 'put',
    path: '/api/stories/{id}',
    tags: ['stories'],
    summary:
      'Replace a story (editor; audited as a change). 409 CONFLICT when someone saved it after the `updated` the client loaded: nothing is written',
    request: { params: storyParams, ...body(storyReplaceInput) },
    ok: storyWriteResponse,
    okDescription: 'The story now and its change.',
    guarded: true,
    canMiss: true,
  },
  {
    method: 'delete',
    path: '/api/stories/{id}',
    tags: ['stories'],
    summary: 'Delete a story (editor; the change keeps it whole)',
    request: { params: storyParams },
    ok: storyDeleteResponse,
    okDescription: 'The deleted id and its change.',
    guarded: true,
    canMiss: true,
  },
  {
    method: 'post',
    path: '/api/query',
    tags: ['console'],
    summary: 'Read-only Cypher console (404 when QUERY_CONSOLE_ENABLED=false; admin only once an account exists)',
    request: { body: { content: { 'application/json': { schema: consoleRequest } } } },
    ok: consoleResponse,
    okDescription: 'Columns and at most 1000 rows.',
    guarded: true,
  },
  ...authRoutes,
];

/** Where the success answer goes: 204 has no body. */
function success({ ok, okDescription, status }: Route): Record<string, ResponseConfig> {
  return status === 204 ? { 204: { description: okDescription } } : { [status ?? 200]: json(ok, okDescription) };
}

/** The OpenAPI 3.1 document, generated from the same zod schemas the routes validate with. */
export function openApiDocument(): ReturnType<OpenApiGeneratorV31['generateDocument']> {
  const registry = new OpenAPIRegistry();
  for (const route of routes) {
    const { ok: _ok, okDescription: _description, canMiss, status: _status, guarded, ...config } = route;
    const responses: Record<string, ResponseConfig> = { ...success(route), ...failures, ...(guarded ? guards : {}), ...(canMiss ? notFound : {}) };
    registry.registerPath({ ...config, responses });
  }
  registerCurationRoutes(registry, json, errorResponse);
  registerDocumentRoutes(registry, json, errorResponse);
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
