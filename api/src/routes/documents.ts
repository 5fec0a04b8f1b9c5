import express, { Router, type RequestHandler } from 'express';
import { actorOf, hasRole, requireRole } from '../auth/actor.js';
import { changeActorOf } from '../curation/audit.js';
import { curationTransaction } from '../curation/transaction.js';
import {
  documentParams,
  documentQuery,
  passageAcceptBody,
  passageParams,
  passageRejectBody,
  pastedDocument,
  type DocumentReport,
} from '../contract/documents.js';
import { parseInput } from '../contract/validate.js';
import type { Database } from '../db/driver.js';
import { loadEnv } from '../env.js';
import { asHttpError, PayloadTooLarge } from '../errors.js';
import { DocumentTooLarge, EmptyDocumentBody } from '../ingest/errors.js';
import { ingestDocument, type IngestOptions, type IngestResult } from '../ingest/ingest.js';
import { acceptPassage, rejectPassage } from '../ingest/passage-review.js';
import { listDocuments, readStoredDocument } from '../ingest/reader.js';
import { malformedPath } from './malformed-path.js';

/** INGEST_MAX_BYTES, read once when the router is built. */
export function ingestMaxBytesFromEnv(): number {
  return loadEnv().INGEST_MAX_BYTES;
}

function report(result: IngestResult): DocumentReport {
  const { metadata } = result.document;
  return {
    source: {
      id: result.sourceId,
      title: result.title,
      publisher: metadata.publisher,
      published: metadata.published,
      url: metadata.url,
      language: metadata.language,
      symbol: metadata.symbol,
      content_sha256: metadata.contentHash,
      format: metadata.format,
      pages: metadata.pages,
    },
    passages: result.document.passages.length,
    mentions: result.analysis.mentions.length,
    proposals: result.proposals.map(({ id, proposal, queue, suggestions }) => ({ id, queue, suggestions, ...proposal })),
  };
}

/**
 * POST /api/documents (editor): the body is the file itself (any content type; `?filename=` and
 * `?lang=`), or JSON `{ text, title?, language?, url?, publisher?, published? }` for pasted text.
 * 201 with the Source, its passage count and the proposals for review; 409 for a duplicate (the
 * answer names the existing Source); 413 over INGEST_MAX_BYTES; 415/422 for files Liaison cannot
 * read. Nothing is written unless everything is.
 */
export function documentRoutes(db: Database, maxBytes = ingestMaxBytesFromEnv()): Router {
  const router = Router();
  const tooLarge = () => new DocumentTooLarge(maxBytes);
  const parseJson = express.json({ limit: maxBytes });
  const parseRaw = express.raw({ type: () => true, limit: maxBytes });
  // Pasted text arrives as JSON, a file as raw bytes; body-parser's "too large" names our limit.
  const body: RequestHandler = (req, res, next) => {
    if (Number(req.get('content-length') ?? 0) > maxBytes) return next(tooLarge());
    const parse = req.is('application/json') ? parseJson : parseRaw;
    parse(req, res, (error?: unknown) => next(asHttpError(error) instanceof PayloadTooLarge ? tooLarge() : error));
  };

  router.post('/documents', requireRole('editor'), body, async (req, res) => {
    const common: Pick<IngestOptions, 'maxBytes' | 'actor'> = { maxBytes, actor: changeActorOf(actorOf(req)) };
    let result: IngestResult;
    if (Buffer.isBuffer(req.body)) {
      const query = parseInput(documentQuery, req.query);
      if (req.body.length === 0) throw new EmptyDocumentBody();
      result = await ingestDocument(db, req.body, { ...common, name: query.filename, language: query.lang });
    } else {
      const pasted = parseInput(pastedDocument, req.body);
      result = await ingestDocument(db, Buffer.from(pasted.text, 'utf8'), {
        ...common,
        language: pasted.language,
        title: pasted.title,
        url: pasted.url,
        publisher: pasted.publisher,
        published: pasted.published,
      });
    }
    res.status(201).json(report(result));
  });

  // The reader: open like other reads; the proposals of each passage only for those who review them.
  router.get('/documents', async (_req, res) => {
    res.json(await listDocuments(db));
  });
  router.get('/documents/:id', async (req, res) => {
    const { id } = parseInput(documentParams, req.params);
    const actor = actorOf(req);
    res.json(await readStoredDocument(db, id, actor.kind !== 'anonymous' && hasRole(actor.role, 'editor')));
  });
  // A passage's proposals reviewed as a group, in one transaction.
  router.post('/passages/:id/accept', requireRole('editor'), async (req, res) => {
    const { id } = parseInput(passageParams, req.params);
    const { note } = parseInput(passageAcceptBody, req.body ?? {});
    res.json(await curationTransaction(db, (tx) => acceptPassage(tx, changeActorOf(actorOf(req)), id, note)));
  });
  router.post('/passages/:id/reject', requireRole('editor'), async (req, res) => {
    const { id } = parseInput(passageParams, req.params);
    const { reason } = parseInput(passageRejectBody, req.body ?? {});
    res.json(await curationTransaction(db, (tx) => rejectPassage(tx, changeActorOf(actorOf(req)), id, reason)));
  });
  router.use(malformedPath('id'));

  return router;
}
