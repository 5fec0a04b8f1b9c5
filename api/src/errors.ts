import type { ErrorRequestHandler } from 'express';
import { isPanicked, neo4jErrorCode } from './db/driver.js';
import type { ImportIssue } from './import/issues.js';

/** What every error answer carries: `{ error: { code, message, field?, …details } }`. */
export interface ErrorBody {
  code: string;
  message: string;
  field?: string;
  [detail: string]: unknown;
}

/**
 * The base of every error the API answers on purpose. Subclasses fix the status and the code, so
 * callers and tests tell errors apart by type or code, never by message text.
 */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The input at fault (`body`, `cypher`, `params.limit`…), when there is one. */
    readonly field?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }

  /** Response headers this error needs (Retry-After, WWW-Authenticate). */
  headers(): Record<string, string> {
    return {};
  }

  /** The JSON the client receives under `error`. */
  body(): ErrorBody {
    return { code: this.code, message: this.message, ...(this.field ? { field: this.field } : {}) };
  }
}

/** A client error; `field` names the input at fault. */
export class BadRequest extends HttpError {
  constructor(message: string, field?: string) {
    super(400, 'BAD_REQUEST', message, field);
  }
}

export class NotFound extends HttpError {
  constructor(message: string, field?: string) {
    super(404, 'NOT_FOUND', message, field);
  }
}

/** The request body, or what it asks for (a zip's inflated size, a console result), is larger than allowed. */
export class PayloadTooLarge extends HttpError {
  constructor(message = 'The request body is too large.', field = 'body') {
    super(413, 'PAYLOAD_TOO_LARGE', message, field);
  }
}

/** A console statement ran past its time; its transaction is terminated. */
export class ConsoleTimeout extends HttpError {
  constructor(timeoutMs: number) {
    super(
      408,
      'TIMEOUT',
      `The query ran longer than ${timeoutMs} ms and was stopped: add a LIMIT, narrow the MATCH or simplify the expression.`,
      'cypher',
    );
  }
}

/** Neo4j has not the memory for a request the limits allow: the message says which setting to change. */
export class InsufficientStorage extends HttpError {
  constructor(message: string) {
    super(507, 'INSUFFICIENT_MEMORY', message);
  }
}

/** Neo4j could not write a change to its disk (full or failing): the change is not confirmed. */
export class DiskFull extends HttpError {
  constructor(
    message = 'Neo4j could not write this change to disk (its disk is full or failing), so it is not confirmed: check it and retry once an operator has freed space.',
  ) {
    super(507, 'INSUFFICIENT_STORAGE', message);
  }
}

/** The database cannot be reached; clients may retry. */
export class Unavailable extends HttpError {
  constructor(message = 'Neo4j is unavailable; retry shortly.') {
    super(503, 'UNAVAILABLE', message);
  }
  override headers(): Record<string, string> {
    return { 'Retry-After': '5' };
  }
}

/** Credentials are missing (401) or not good enough (403). */
export abstract class AuthError extends HttpError {}

/** No credentials: the client should authenticate in `realm`. */
export class Unauthorized extends AuthError {
  constructor(
    message: string,
    readonly realm = 'liaison',
  ) {
    super(401, 'UNAUTHORIZED', message);
  }
  override headers(): Record<string, string> {
    return { 'WWW-Authenticate': `Bearer realm="${this.realm}"` };
  }
}

/** Credentials are wrong, or the action is disabled on this server. */
export class Forbidden extends AuthError {
  constructor(message: string) {
    super(403, 'FORBIDDEN', message);
  }
}

const SHOWN_ISSUES = 200;

/** Anything in an import is invalid: carries every issue, and nothing was written. */
export class ImportValidationError extends HttpError {
  constructor(readonly issues: ImportIssue[]) {
    super(422, 'IMPORT_INVALID', `The import is invalid (${issues.length} issue${issues.length === 1 ? '' : 's'}); nothing was written.`);
  }

  /** Every issue, one per line (the first 200), for the command line. */
  describe(): string {
    const lines = this.issues.slice(0, SHOWN_ISSUES).map((issue) => `  ${issue.file} ${issue.entry} ${issue.field}: ${issue.message}`);
    if (this.issues.length > SHOWN_ISSUES) lines.push(`  … and ${this.issues.length - SHOWN_ISSUES} more`);
    return [this.message, ...lines].join('\n');
  }

  override body(): ErrorBody {
    return { ...super.body(), issues: this.issues };
  }
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'ECONNREFUSED', 'Neo.TransientError.General.DatabaseUnavailable']);

/** Neo4j gave up on a query for lack of time or memory: the server is overloaded, not the client wrong. */
const OVERLOADED_CODE = /TransactionTimedOut|MemoryPoolOutOfMemoryError/;

/**
 * Seen on a full disk (`npm run chaos`): a commit that
 * cannot be appended to the transaction log (TransactionLogError) or applied to the store files
 * (TransactionCommitFailed, "Could not apply the transaction"). Then the database panics and
 * refuses every transaction (TransactionStartFailed, see isPanicked) until Neo4j restarts.
 */
const DISK_WRITE_FAILED_CODES = new Set([
  'Neo.DatabaseError.Transaction.TransactionLogError',
  'Neo.DatabaseError.Transaction.TransactionCommitFailed',
]);

const READ_ONLY_CODE = 'Neo.ClientError.General.WriteOnReadOnlyAccessDatabase';

/** Why Neo4j refused a write for its storage: the database is read-only, or the disk took no more. */
export type WriteRefusal = 'read-only' | 'disk-full';

/** The storage refusal behind a driver error, if any (`npm start` may then restart the local Neo4j, see main.ts). */
export function writeRefusalOf(error: unknown): WriteRefusal | undefined {
  const code = neo4jErrorCode(error);
  if (code === READ_ONLY_CODE) return 'read-only';
  if (code && DISK_WRITE_FAILED_CODES.has(code)) return 'disk-full';
  return undefined;
}

/** Turns a driver error into our typed error when it means "Neo4j is down", overloaded or out of disk. */
export function asUnavailable(error: unknown): Unavailable | DiskFull | null {
  const code = neo4jErrorCode(error);
  if (code && UNAVAILABLE_CODES.has(code)) return new Unavailable();
  if (code && DISK_WRITE_FAILED_CODES.has(code)) return new DiskFull();
  // Seen by `npm run chaos` when a transaction log rotation met the full disk: reads go on, writes are refused.
  if (code === READ_ONLY_CODE)
    return new Unavailable(
      'Neo4j has made the database read-only (a full disk, or an operator), so writes are refused; reads still work; retry later.',
    );
  if (isPanicked(error)) return new Unavailable('Neo4j stopped on a critical error (a full disk?) and must be restarted; retry shortly.');
  // Seen under a load average of 48 on 2 cores: GET /api/graph timed out in Neo4j and answered 500.
  if (code && OVERLOADED_CODE.test(code)) return new Unavailable('Neo4j could not answer in time (it is busy); retry shortly.');
  return null;
}

/** The typed error for errors raised by Express's body parsers (malformed JSON, too large). */
function fromBodyParser(error: unknown): HttpError | null {
  const type = error && typeof error === 'object' && 'type' in error ? error.type : undefined;
  if (type === 'entity.parse.failed') return new BadRequest('The request body is not valid JSON.', 'body');
  if (type === 'entity.too.large') return new PayloadTooLarge();
  return null;
}

/** Our typed error for any thrown value, or null when it is a bug (500). */
export function asHttpError(error: unknown): HttpError | null {
  if (error instanceof HttpError) return error;
  return fromBodyParser(error) ?? asUnavailable(error);
}

/** The one error middleware: every error leaves as `{ error: { code, message, field?, … } }`. */
export const errorMiddleware: ErrorRequestHandler = (error, req, res, _next) => {
  const known = asHttpError(error);
  if (!known) {
    req.log?.error({ err: error }, 'unhandled error');
    res.status(500).json({ error: { code: 'INTERNAL', message: 'Internal error.' } });
    return;
  }
  for (const [name, value] of Object.entries(known.headers())) res.setHeader(name, value);
  res.status(known.status).json({ error: known.body() });
};
