import type { OpenAPIRegistry, RouteConfig } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import {
  changeParams,
  changesQuery,
  changesResponse,
  conflictResponse,
  entityCreateBody,
  entityDeleteBody,
  entityDeleteResponse,
  entityMergeBody,
  entityMergeResponse,
  entityParams,
  entityPatchBody,
  entityResponse,
  entityRestoreBody,
  historyResponse,
  provenanceAppendBody,
  relationshipCreateBody,
  relationshipDeleteBody,
  relationshipDeleteResponse,
  relationshipParams,
  relationshipPatchBody,
  relationshipResponse,
  relationshipRestoreBody,
  revertBody,
  revertResponse,
  suggestionAcceptBody,
  suggestionCreateBody,
  suggestionParams,
  suggestionRejectBody,
  suggestionResponse,
  suggestionsQuery,
  suggestionsResponse,
} from './curation.js';

type Json = (schema: z.ZodType, description: string) => { description: string; content: { 'application/json': { schema: z.ZodType } } };

interface CurationRoute {
  method: 'get' | 'post' | 'patch' | 'delete';
  path: string;
  summary: string;
  role?: 'viewer' | 'editor';
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  ok: z.ZodType;
  status?: 200 | 201;
  okDescription: string;
  versioned?: boolean;
}

const ROUTES: CurationRoute[] = [
  {
    method: 'post',
    path: '/api/entities',
    summary: 'Create an entity (any label)',
    role: 'editor',
    body: entityCreateBody,
    ok: entityResponse,
    status: 201,
    okDescription: 'The entity and its change.',
  },
  {
    method: 'patch',
    path: '/api/entities/{id}',
    summary: 'Set or remove properties of an entity',
    role: 'editor',
    params: entityParams,
    body: entityPatchBody,
    ok: entityResponse,
    okDescription: 'The entity now.',
    versioned: true,
  },
  {
    method: 'delete',
    path: '/api/entities/{id}',
    summary: 'Delete an entity and its relationships, with a reason',
    role: 'editor',
    params: entityParams,
    body: entityDeleteBody,
    ok: entityDeleteResponse,
    okDescription: 'Deleted (restorable from its change).',
    versioned: true,
  },
  {
    method: 'post',
    path: '/api/entities/{id}/restore',
    summary: 'Restore a deleted entity from its delete change',
    role: 'editor',
    params: entityParams,
    body: entityRestoreBody,
    ok: entityResponse,
    okDescription: 'The entity again.',
    versioned: true,
  },
  {
    method: 'post',
    path: '/api/entities/{id}/merge',
    summary: 'Merge this entity into another (its id becomes a redirect)',
    role: 'editor',
    params: entityParams,
    body: entityMergeBody,
    ok: entityMergeResponse,
    okDescription: 'The kept entity.',
    versioned: true,
  },
  {
    method: 'post',
    path: '/api/relationships',
    summary: 'State a fact with its provenance (200 when it existed: provenance appended)',
    role: 'editor',
    body: relationshipCreateBody,
    ok: relationshipResponse,
    status: 201,
    okDescription: 'Created (201), or provenance appended (200).',
  },
  {
    method: 'patch',
    path: '/api/relationships/{id}',
    summary: 'Set or remove qualifiers of a fact',
    role: 'editor',
    params: relationshipParams,
    body: relationshipPatchBody,
    ok: relationshipResponse,
    okDescription: 'The fact now.',
    versioned: true,
  },
  {
    method: 'delete',
    path: '/api/relationships/{id}',
    summary: 'Delete a fact, with a reason',
    role: 'editor',
    params: relationshipParams,
    body: relationshipDeleteBody,
    ok: relationshipDeleteResponse,
    okDescription: 'Deleted.',
    versioned: true,
  },
  {
    method: 'post',
    path: '/api/relationships/{id}/restore',
    summary: 'Restore a deleted fact',
    role: 'editor',
    params: relationshipParams,
    body: relationshipRestoreBody,
    ok: relationshipResponse,
    okDescription: 'The fact again.',
    versioned: true,
  },
  {
    method: 'post',
    path: '/api/relationships/{id}/provenance',
    summary: 'Add a source to a fact',
    role: 'editor',
    params: relationshipParams,
    body: provenanceAppendBody,
    ok: relationshipResponse,
    okDescription: 'The fact with its sources.',
    versioned: true,
  },
  {
    method: 'get',
    path: '/api/nodes/{id}/history',
    summary: 'Changes that touched a node, newest first',
    params: entityParams,
    ok: historyResponse,
    okDescription: 'Its history.',
  },
  {
    method: 'get',
    path: '/api/relationships/{id}/history',
    summary: 'Changes that touched a relationship, newest first',
    params: relationshipParams,
    ok: historyResponse,
    okDescription: 'Its history.',
  },
  {
    method: 'get',
    path: '/api/changes',
    summary: 'The audit trail: filters, cursor paging, or JSON Lines (format=jsonl)',
    query: changesQuery,
    ok: changesResponse,
    okDescription: 'One page (or application/x-ndjson with every change).',
  },
  {
    method: 'post',
    path: '/api/changes/{id}/revert',
    summary: 'Revert one change (recorded as a change)',
    role: 'editor',
    params: changeParams,
    body: revertBody,
    ok: revertResponse,
    okDescription: 'The reverting change.',
    versioned: true,
  },
  {
    method: 'post',
    path: '/api/suggestions',
    summary: 'Suggest a correction for review',
    role: 'viewer',
    body: suggestionCreateBody,
    ok: suggestionResponse,
    status: 201,
    okDescription: 'Queued.',
  },
  {
    method: 'get',
    path: '/api/suggestions',
    summary: 'The review queue',
    role: 'editor',
    query: suggestionsQuery,
    ok: suggestionsResponse,
    okDescription: 'Suggestions, oldest first.',
  },
  {
    method: 'post',
    path: '/api/suggestions/{id}/accept',
    summary: 'Accept: applied as your change, crediting the suggester',
    role: 'editor',
    params: suggestionParams,
    body: suggestionAcceptBody,
    ok: suggestionResponse,
    okDescription: 'Accepted.',
    versioned: true,
  },
  {
    method: 'post',
    path: '/api/suggestions/{id}/reject',
    summary: 'Reject with a reason',
    role: 'editor',
    params: suggestionParams,
    body: suggestionRejectBody,
    ok: suggestionResponse,
    okDescription: 'Rejected.',
    versioned: true,
  },
];

/** Registers the curation and audit routes (api/src/routes/curation.ts, changes.ts, suggestions.ts). */
export function registerCurationRoutes(registry: OpenAPIRegistry, json: Json, errorResponse: z.ZodType): void {
  for (const route of ROUTES) {
    const responses: RouteConfig['responses'] = {
      [route.status ?? 200]: json(route.ok, route.okDescription),
      400: json(errorResponse, 'Invalid input: `error.field` names the field at fault.'),
      ...(route.role
        ? {
            401: json(errorResponse, 'Not signed in.'),
            403: json(errorResponse, `Needs the ${route.role} role (or a wrong token).`),
          }
        : {}),
      ...(route.params ? { 404: json(errorResponse, 'No such element.') } : {}),
      ...(route.versioned ? { 409: json(conflictResponse, 'Changed since you read it: `error.current` is the element now.') } : {}),
      503: json(errorResponse, 'Neo4j is unavailable; retry after the Retry-After delay.'),
    };
    registry.registerPath({
      method: route.method,
      path: route.path,
      tags: [
        route.path.includes('suggestions') ? 'suggestions' : route.path.includes('history') || route.path.includes('changes') ? 'audit' : 'curation',
      ],
      summary: route.role ? `${route.summary} (${route.role})` : route.summary,
      request: {
        ...(route.params ? { params: route.params } : {}),
        ...(route.query ? { query: route.query } : {}),
        ...(route.body ? { body: { content: { 'application/json': { schema: route.body } } } } : {}),
      },
      responses,
    });
  }
}
