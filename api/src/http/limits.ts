import type { ErrorRequestHandler, Request, RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { BadRequest } from '../errors.js';

/** Requests per client and minute on the routes that cost the database the most. */
export interface RateLimits {
  console: number;
  search: number;
  export: number;
  /** Failed sign-ins per client, and per account name, and minute (SIGN_IN_RATE_PER_MIN). */
  signIn?: number;
}

export interface LimitOptions {
  /** What is counted (default: the client address, req.ip). */
  key?: (req: Request) => string;
  /** Count only failed requests (4xx/5xx answers), as for sign-in attempts. */
  onlyFailures?: boolean;
  /** Words after "Too many" in the 429 message (default: "<name> requests"). */
  what?: string;
  /** "per client" unless a key says otherwise. */
  per?: string;
}

/** JSON bodies of every route but the import (which has IMPORT_MAX_BYTES). */
export const JSON_BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * Per-client rate limit (express-rate-limit, in-memory, keyed by req.ip — behind a proxy set
 * TRUST_PROXY so that req.ip is the client's address). Over the limit: 429, Retry-After and the
 * RateLimit headers of the IETF draft.
 */
export function perClientLimit(name: string, perMinute: number, limitOptions: LimitOptions = {}): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    skipSuccessfulRequests: limitOptions.onlyFailures ?? false,
    ...(limitOptions.key ? { keyGenerator: limitOptions.key } : {}),
    handler: (_req, res, _next, options) => {
      res.status(429).json({
        error: {
          code: 'RATE_LIMITED',
          message: `Too many ${limitOptions.what ?? `${name} requests`}: at most ${options.limit} a minute ${limitOptions.per ?? 'per client'}. Retry after ${res.getHeader('Retry-After') ?? 60} s.`,
        },
      });
    },
  });
}

/**
 * A path whose percent-encoding is not valid UTF-8 ("/%ff", "/assets/%c0%ae") can name no route
 * nor file: refuse it before routing, so that no handler meets a URIError.
 */
export const wellFormedPath: RequestHandler = (req, _res, next) => {
  try {
    decodeURIComponent(req.path);
  } catch {
    throw new BadRequest('The path is not valid percent-encoding (UTF-8).', 'path');
  }
  next();
};

/**
 * A declared body larger than any route accepts is refused before a byte of it is read; the
 * import route has its own, larger limit.
 */
export function declaredBodyLimit(maxBytes: number, except: string[]): RequestHandler {
  return (req, _res, next) => {
    if (!except.includes(req.path) && Number(req.get('content-length') ?? 0) > maxBytes) {
      throw Object.assign(new Error('request entity too large'), { type: 'entity.too.large', status: 413, expose: true });
    }
    next();
  };
}

/** What body-parser's errors (http-errors with a `type`) mean to a client, and their status. */
const BODY_ERRORS: Record<string, { status: number; code: string; message: (error: { message: string }) => string }> = {
  'entity.parse.failed': { status: 400, code: 'BAD_REQUEST', message: () => 'The request body is not valid JSON.' },
  'entity.too.large': { status: 413, code: 'PAYLOAD_TOO_LARGE', message: () => 'The request body is too large.' },
  'encoding.unsupported': {
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: (error) => `${error.message}: send the body with Content-Encoding identity, gzip, deflate or br.`,
  },
  'charset.unsupported': { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: (error) => `${error.message}: send JSON as UTF-8.` },
  'request.size.invalid': { status: 400, code: 'BAD_REQUEST', message: () => 'The body is shorter or longer than its Content-Length.' },
  'request.aborted': { status: 400, code: 'BAD_REQUEST', message: () => 'The client aborted the request body.' },
};

/**
 * body-parser errors, including a body whose Content-Encoding does not match its bytes
 * (zlib errors: "incorrect header check") — the client's fault, so a 4xx with a sentence.
 */
export const bodyErrors: ErrorRequestHandler = (error, _req, res, next) => {
  const { type, status, code } = (error ?? {}) as { type?: string; status?: number; code?: string };
  const known = type ? BODY_ERRORS[type] : undefined;
  if (known) {
    res.status(known.status).json({ error: { code: known.code, message: known.message(error as Error), field: 'body' } });
    return;
  }
  if (typeof code === 'string' && code.startsWith('Z_')) {
    res
      .status(400)
      .json({ error: { code: 'BAD_REQUEST', message: 'The body does not match its Content-Encoding (it cannot be decompressed).', field: 'body' } });
    return;
  }
  if (typeof status === 'number' && status >= 400 && status < 500 && (error as { expose?: boolean }).expose) {
    res.status(status).json({ error: { code: 'BAD_REQUEST', message: (error as Error).message, field: 'body' } });
    return;
  }
  next(error);
};
