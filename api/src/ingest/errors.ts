import type { DocumentRefusalReason } from '../contract/documents.js';
import { BadRequest, HttpError, NotFound, PayloadTooLarge, type ErrorBody } from '../errors.js';

type Params = Record<string, string | number>;

/**
 * What every refusal of a document route adds to `{ code, message, field }`: a stable `reason` and
 * the `params` its sentence names, so the explorer can say it in the user's language (the message
 * stays English for API clients and the command line).
 */
function refusal(body: ErrorBody, reason: DocumentRefusalReason, params: Params): ErrorBody {
  return { ...body, reason, params };
}

/** The file cannot be turned into passages (empty, image-only, encrypted, corrupt): one sentence says why. */
export class UnreadableDocument extends HttpError {
  constructor(
    readonly reason: DocumentRefusalReason,
    message: string,
    readonly params: Params = {},
  ) {
    super(422, 'DOCUMENT_UNREADABLE', message, 'body');
  }

  override body(): ErrorBody {
    return refusal(super.body(), this.reason, this.params);
  }
}

/** Not a format Liaison reads. */
export class UnsupportedDocument extends HttpError {
  constructor(
    readonly reason: DocumentRefusalReason,
    message: string,
    readonly params: Params = {},
  ) {
    super(415, 'UNSUPPORTED_TYPE', message, 'body');
  }

  override body(): ErrorBody {
    return refusal(super.body(), this.reason, this.params);
  }
}

/** The same bytes were ingested before: the answer points to that Source. */
export class DuplicateDocument extends HttpError {
  constructor(readonly sourceId: string) {
    super(409, 'DUPLICATE_DOCUMENT', `This document was already ingested as ${sourceId}; nothing was written.`, 'body');
  }

  override body(): ErrorBody {
    return { ...refusal(super.body(), 'duplicate', { source: this.sourceId }), source: this.sourceId };
  }
}

/** Over INGEST_MAX_BYTES: a 413 like any too-large body, with the limit for the user's sentence. */
export class DocumentTooLarge extends PayloadTooLarge {
  constructor(readonly maxBytes: number) {
    super(`The document is larger than INGEST_MAX_BYTES (${maxBytes} bytes).`);
  }

  override body(): ErrorBody {
    return refusal(super.body(), 'too-large', { maxBytes: this.maxBytes });
  }
}

/** No ingested document, or no passage, with this id. */
export class DocumentNotFound extends NotFound {
  constructor(
    readonly reason: Extract<DocumentRefusalReason, 'document-not-found' | 'passage-not-found'>,
    readonly id: string,
  ) {
    super(reason === 'document-not-found' ? `No ingested document with id "${id}".` : `No passage with id "${id}".`, 'id');
  }

  override body(): ErrorBody {
    return refusal(super.body(), this.reason, { id: this.id });
  }
}

/** A raw upload without bytes. */
export class EmptyDocumentBody extends BadRequest {
  constructor() {
    super('The body is empty: send the document as the request body.', 'body');
  }

  override body(): ErrorBody {
    return refusal(super.body(), 'body-empty', {});
  }
}
