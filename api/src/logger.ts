import { pino, type DestinationStream, type Logger } from 'pino';

const REDACTED = '[Redacted]';

/**
 * Credentials never reach the log: request headers that carry them (http/request-log.ts logs every request
 * with its headers) and the response's cookies. Paths are pino's redact syntax.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers["proxy-authorization"]',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  // Sign-in and account bodies, should a body ever be logged (the request log does not log bodies).
  'req.body.password',
  'body.password',
  'password',
];

export interface LoggerOptions {
  /** Values (such as ADMIN_TOKEN) blanked wherever they appear in a line, e.g. in a URL or an error message. */
  secrets?: (string | undefined)[];
  /** Where lines go; standard output when unset. */
  destination?: DestinationStream;
}

/** Structured JSON logs (pino), one line per event, with credentials redacted. */
export function createLogger(level: string, { secrets = [], destination }: LoggerOptions = {}): Logger {
  // Short values would blank ordinary words; ADMIN_TOKEN has 16+ characters by its schema.
  const blanked = secrets.filter((secret): secret is string => typeof secret === 'string' && secret.length >= 8);
  const escaped = blanked.map((secret) => JSON.stringify(secret).slice(1, -1));
  const options = {
    level,
    base: { service: 'liaison' },
    redact: { paths: REDACTED_PATHS, censor: REDACTED },
    // pino reads hooks.logMethod unconditionally, so an absent `hooks` must be an empty object, not undefined.
    hooks: escaped.length > 0 ? { streamWrite: (line: string) => escaped.reduce((text, secret) => text.split(secret).join(REDACTED), line) } : {},
  } satisfies LoggerOptionsOfPino;
  return destination ? pino(options, destination) : pino(options);
}

type LoggerOptionsOfPino = Parameters<typeof pino>[0];
