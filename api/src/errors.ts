import type { ErrorRequestHandler } from 'express';
import { neo4jErrorCode } from './db/driver.js';

/** A client error; `field` names the input at fault. */
export class BadRequest extends Error {
  readonly status = 400;
  readonly code = 'BAD_REQUEST';
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

export class NotFound extends Error {
  readonly status = 404;
  readonly code = 'NOT_FOUND';
}

/** The database cannot be reached; clients may retry. */
export class Unavailable extends Error {
  readonly status = 503;
  readonly code = 'UNAVAILABLE';
}

/** A console statement ran past its time; its transaction is terminated. */
export class ConsoleTimeout extends Error {
  readonly status = 408;
  readonly code = 'TIMEOUT';
  readonly field = 'cypher';
  constructor(timeoutMs: number) {
    super(`The query ran longer than ${timeoutMs} ms and was stopped: add a LIMIT, narrow the MATCH or simplify the expression.`);
  }
}

/** The request or what it asks for is larger than allowed; `field` names the input at fault. */
export class PayloadTooLarge extends Error {
  readonly status = 413;
  readonly code = 'PAYLOAD_TOO_LARGE';
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** Neo4j has not the memory for a request the limits allow: the message says which setting to change. */
export class InsufficientStorage extends Error {
  readonly status = 507;
  readonly code = 'INSUFFICIENT_MEMORY';
}

type HttpError = BadRequest | NotFound | Unavailable | ConsoleTimeout | PayloadTooLarge | InsufficientStorage;

const KNOWN = [BadRequest, NotFound, Unavailable, ConsoleTimeout, PayloadTooLarge, InsufficientStorage];

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'ECONNREFUSED', 'Neo.TransientError.General.DatabaseUnavailable']);

/** Turns a driver error into our typed error when it means "Neo4j is down". */
export function asUnavailable(error: unknown): Unavailable | null {
  const code = neo4jErrorCode(error);
  return code && UNAVAILABLE_CODES.has(code) ? new Unavailable('Neo4j is unavailable; retry shortly.') : null;
}

/** The one error middleware: every error leaves as `{ error: { code, message, field? } }`. */
export const errorMiddleware: ErrorRequestHandler = (error, req, res, _next) => {
  const known: HttpError | null = KNOWN.some((type) => error instanceof type) ? (error as HttpError) : asUnavailable(error);
  // express.json() marks malformed bodies with status 400 / type entity.parse.failed.
  const bodyError = error as { type?: string; status?: number };
  if (!known && bodyError.type === 'entity.parse.failed') {
    res.status(400).json({ error: { code: 'BAD_REQUEST', message: 'The request body is not valid JSON.', field: 'body' } });
    return;
  }
  if (!known && bodyError.type === 'entity.too.large') {
    res.status(413).json({ error: { code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large.', field: 'body' } });
    return;
  }
  if (!known) {
    req.log?.error({ err: error }, 'unhandled error');
    res.status(500).json({ error: { code: 'INTERNAL', message: 'Internal error.' } });
    return;
  }
  const field = 'field' in known ? known.field : undefined;
  if (known instanceof Unavailable) res.setHeader('Retry-After', '5');
  res.status(known.status).json({ error: { code: known.code, message: known.message, ...(field ? { field } : {}) } });
};
