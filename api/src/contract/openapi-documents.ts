import type { OpenAPIRegistry, RouteConfig } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';
import {
  documentParams,
  documentQuery,
  documentRefusal,
  documentReport,
  documentResponse,
  documentsResponse,
  passageAcceptBody,
  passageParams,
  passageRejectBody,
  passageReviewResponse,
  pastedDocument,
} from './documents.js';

type Json = (schema: z.ZodType, description: string) => { description: string; content: { 'application/json': { schema: z.ZodType } } };

/** 409 of a duplicate upload: the error names the Source made from the same bytes. */
const duplicateResponse = z.object({
  error: z.object({
    code: z.literal('DUPLICATE_DOCUMENT'),
    message: z.string(),
    field: z.string().optional(),
    source: z.string().meta({ description: 'The Source already ingested from the same content.' }),
    reason: z.literal('duplicate'),
    params: z.object({ source: z.string() }),
  }),
});

/** Registers document ingestion, the reader and the review of a passage's proposals (api/src/routes/documents.ts). */
export function registerDocumentRoutes(registry: OpenAPIRegistry, json: Json, errorResponse: z.ZodType): void {
  const failure = (description: string) => json(errorResponse, description);
  const editor = {
    401: failure('Not signed in.'),
    403: failure('Needs the editor role (or a wrong token, or a cookie write without X-CSRF-Token).'),
  };
  const common = {
    400: failure('Invalid input: `error.field` names the field at fault.'),
    503: failure('Neo4j is unavailable; retry after the Retry-After delay.'),
  };
  const routes: RouteConfig[] = [
    {
      method: 'post',
      path: '/api/documents',
      tags: ['documents'],
      summary: 'Ingest a document (editor): HTML, PDF, DOCX or text as the body, or pasted text as JSON; its proposals go to the review queue',
      request: {
        query: documentQuery,
        body: {
          description: 'The file itself (any content type; `?filename=` and `?lang=`), or JSON pasted text with what the editor knows of it.',
          content: {
            'application/octet-stream': { schema: z.string().meta({ format: 'binary' }) },
            'application/json': { schema: pastedDocument },
          },
        },
      },
      responses: {
        201: json(documentReport, 'The Source, its passage count and the proposals (ids of their suggestions in the review queue).'),
        ...common,
        ...editor,
        409: json(duplicateResponse, 'The same content was ingested before: nothing written; `error.source` names it.'),
        413: json(documentRefusal, 'Larger than INGEST_MAX_BYTES (`reason: too-large`): nothing written.'),
        415: json(documentRefusal, 'Not a format Liaison reads (`reason` says which): nothing written.'),
        422: json(
          documentRefusal,
          'Unreadable (empty, image-only, encrypted or corrupt): `reason` says why, `message` in one sentence; nothing written.',
        ),
      },
    },
    {
      method: 'get',
      path: '/api/documents',
      tags: ['documents'],
      summary: 'The ingested documents, newest first, with their open suggestions',
      responses: { 200: json(documentsResponse, 'Every ingested document.'), 503: common[503] },
    },
    {
      method: 'get',
      path: '/api/documents/{id}',
      tags: ['documents'],
      summary: 'One ingested document for reading: passages, the graph’s names found in them, and (editors) their proposals',
      request: { params: documentParams },
      responses: {
        200: json(documentResponse, 'The document.'),
        ...common,
        404: json(documentRefusal, 'No ingested document with this id (`reason: document-not-found`).'),
      },
    },
    {
      method: 'post',
      path: '/api/passages/{id}/accept',
      tags: ['documents'],
      summary: 'Accept every open proposal of a passage (editor): new entities first, then the facts that name them; all or nothing',
      request: { params: passageParams, body: { content: { 'application/json': { schema: passageAcceptBody } } } },
      responses: {
        200: json(passageReviewResponse, 'Accepted.'),
        ...common,
        ...editor,
        404: json(documentRefusal, 'No such passage (`reason: passage-not-found`).'),
        409: failure('A proposal can no longer be applied (the graph changed): nothing written.'),
      },
    },
    {
      method: 'post',
      path: '/api/passages/{id}/reject',
      tags: ['documents'],
      summary: 'Reject every open proposal of a passage with one reason (editor)',
      request: { params: passageParams, body: { content: { 'application/json': { schema: passageRejectBody } } } },
      responses: {
        200: json(passageReviewResponse, 'Rejected.'),
        ...common,
        ...editor,
        404: json(documentRefusal, 'No such passage (`reason: passage-not-found`).'),
      },
    },
  ];
  for (const route of routes) registry.registerPath(route);
}
