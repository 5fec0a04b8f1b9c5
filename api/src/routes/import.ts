import { createHash, timingSafeEqual } from 'node:crypto';
import express, { Router, type ErrorRequestHandler, type RequestHandler } from 'express';
import { importQuery, type ImportReportBody } from '../contract/import.js';
import { parseInput } from '../contract/validate.js';
import type { Database } from '../db/driver.js';
import { loadEnv } from '../env.js';
import { importDocument } from '../import/import.js';
import { ImportValidationError } from '../import/issues.js';
import { DEFAULT_ZIP_LIMITS, readImportFiles, type ImportFile } from '../import/read.js';

export interface ImportSettings {
  /** Unset: import over HTTP is disabled. */
  adminToken?: string;
  maxBytes: number;
}

/** ADMIN_TOKEN and IMPORT_MAX_BYTES, read once when the router is built. */
export function importSettingsFromEnv(): ImportSettings {
  const env = loadEnv();
  return { adminToken: env.ADMIN_TOKEN, maxBytes: env.IMPORT_MAX_BYTES };
}

/** An error this router answers itself, with the shared `{ error: { code, message } }` shape. */
class ImportHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Bearer ADMIN_TOKEN: 401 without credentials, 403 with wrong ones, 403 when import is disabled. */
function requireAdmin(settings: ImportSettings): RequestHandler {
  return (req, res, next) => {
    if (!settings.adminToken) {
      throw new ImportHttpError(403, 'FORBIDDEN', 'Import over HTTP is disabled: the server has no ADMIN_TOKEN. Set one, or use `npm run import`.');
    }
    const match = /^Bearer\s+(\S+)\s*$/i.exec(req.get('authorization') ?? '');
    if (!match?.[1]) {
      res.setHeader('WWW-Authenticate', 'Bearer realm="liaison-import"');
      throw new ImportHttpError(401, 'UNAUTHORIZED', 'Import needs the admin token: send "Authorization: Bearer <ADMIN_TOKEN>".');
    }
    // Compare digests, so the comparison takes the same time whatever the token's length.
    if (!timingSafeEqual(digest(match[1]), digest(settings.adminToken))) {
      throw new ImportHttpError(403, 'FORBIDDEN', 'The admin token is not valid.');
    }
    next();
  };
}

/** The uploaded file, or null when the body is empty (nothing, or only white space). */
function importedFile(name: string, body: unknown): ImportFile | null {
  if (Buffer.isBuffer(body)) return /\S/.test(body.toString('latin1', 0, Math.min(body.length, 64 * 1024))) ? { name, bytes: body } : null;
  if (body !== undefined && body !== null && typeof body === 'object') return { name, json: body };
  return null;
}

function tooLarge(settings: ImportSettings): ImportHttpError {
  return new ImportHttpError(
    413,
    'PAYLOAD_TOO_LARGE',
    `The import is larger than IMPORT_MAX_BYTES (${settings.maxBytes} bytes); use \`npm run import\` for big files.`,
  );
}

/**
 * POST /api/import[?dryRun=true][&format=…][&filename=…]: the body is the file (seed JSON,
 * Cytoscape JSON, JSON Lines, GraphML, or the CSV zip). Validated whole, then written all or
 * nothing; 422 lists every issue. Any content type: the body is read raw, up to IMPORT_MAX_BYTES
 * (the app's 1 MB JSON parser skips this route).
 */
export function importRoutes(db: Database, settings: ImportSettings = importSettingsFromEnv()): Router {
  const router = Router();
  const rawBody = express.raw({ type: () => true, limit: settings.maxBytes });

  router.post(
    '/import',
    requireAdmin(settings),
    (req, _res, next) => {
      if (Number(req.get('content-length') ?? 0) > settings.maxBytes) throw tooLarge(settings);
      next();
    },
    rawBody,
    async (req, res) => {
      const query = parseInput(importQuery, req.query);
      const name = query.filename ?? 'upload';
      const file = importedFile(name, req.body);
      if (!file) throw new ImportHttpError(400, 'BAD_REQUEST', 'The body is empty: send the file to import as the request body.');
      const report = await importDocument(db, readImportFiles([file], query.format, { ...DEFAULT_ZIP_LIMITS, maxInflatedBytes: settings.maxBytes }), {
        dryRun: query.dryRun,
      });
      const body: ImportReportBody = report;
      res.json(body);
    },
  );

  const errors: ErrorRequestHandler = (error, _req, res, next) => {
    if (error instanceof ImportValidationError) {
      res.status(422).json({ error: { code: 'IMPORT_INVALID', message: error.message.split('\n')[0], issues: error.issues } });
      return;
    }
    const known = error instanceof ImportHttpError ? error : (error as { type?: string })?.type === 'entity.too.large' ? tooLarge(settings) : null;
    if (!known) return next(error);
    res.status(known.status).json({ error: { code: known.code, message: known.message } });
  };
  router.use(errors);
  return router;
}
