import { HttpError, type ErrorBody } from '../errors.js';

/** The file cannot be turned into passages (empty, image-only, encrypted, corrupt): one sentence says why. */
export class UnreadableDocument extends HttpError {
  constructor(message: string) {
    super(422, 'DOCUMENT_UNREADABLE', message, 'body');
  }
}

/** Not a format Liaison reads. */
export class UnsupportedDocument extends HttpError {
  constructor(message: string) {
    super(415, 'UNSUPPORTED_TYPE', message, 'body');
  }
}

/** The same bytes were ingested before: the answer points to that Source. */
export class DuplicateDocument extends HttpError {
  constructor(readonly sourceId: string) {
    super(409, 'DUPLICATE_DOCUMENT', `This document was already ingested as ${sourceId}; nothing was written.`, 'body');
  }

  override body(): ErrorBody {
    return { ...super.body(), source: this.sourceId };
  }
}
