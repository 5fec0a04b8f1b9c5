import express, { Router, type RequestHandler } from 'express';
import { importQuery, type ImportReportBody } from '../contract/import.js';
import { parseInput } from '../contract/validate.js';
import type { Database } from '../db/driver.js';
import { loadEnv } from '../env.js';
import { actorOf, requireRole } from '../auth/actor.js';
import { asHttpError, BadRequest, Forbidden, PayloadTooLarge } from '../errors.js';
import { importDocument } from '../import/import.js';
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

const adminOnly = requireRole('admin');

/**
 * The admin role: ADMIN_TOKEN, or an admin account (session or personal token). 401 without
 * credentials, 403 with wrong ones or a lower role. A server without ADMIN_TOKEN refuses
 * credential-less and wrong-token requests with 403 saying so (import over HTTP is then only for
 * admin accounts).
 */
const requireAdmin =
  (settings: ImportSettings): RequestHandler =>
  (req, res, next) => {
    if (!settings.adminToken && actorOf(req).kind !== 'account') {
      throw new Forbidden(
        'Import over HTTP needs an admin: this server has no ADMIN_TOKEN. Set one, sign in as an admin account, or use `npm run import`.',
      );
    }
    adminOnly(req, res, next);
  };

/** The uploaded file, or null when the body is empty (nothing, or only white space). */
function importedFile(name: string, body: unknown): ImportFile | null {
  if (Buffer.isBuffer(body)) return /\S/.test(body.toString('latin1', 0, Math.min(body.length, 64 * 1024))) ? { name, bytes: body } : null;
  if (body !== undefined && body !== null && typeof body === 'object') return { name, json: body };
  return null;
}

function tooLarge(settings: ImportSettings): PayloadTooLarge {
  return new PayloadTooLarge(`The import is larger than IMPORT_MAX_BYTES (${settings.maxBytes} bytes); use \`npm run import\` for big files.`);
}

/**
 * POST /api/import[?dryRun=true][&format=…][&filename=…]: the body is the file (seed JSON,
 * Cytoscape JSON, JSON Lines, GraphML, or the CSV zip). Validated whole, then written all or
 * nothing; 422 lists every issue. Any content type: the body is read raw, up to IMPORT_MAX_BYTES
 * (the app's 1 MB JSON parser skips this route).
 */
export function importRoutes(db: Database, settings: ImportSettings = importSettingsFromEnv()): Router {
  const router = Router();
  const parseRaw = express.raw({ type: () => true, limit: settings.maxBytes });
  // The parser's own "too large" error becomes ours, naming the limit (a body sent without a length).
  const rawBody: RequestHandler = (req, res, next) =>
    parseRaw(req, res, (error?: unknown) => next(asHttpError(error) instanceof PayloadTooLarge ? tooLarge(settings) : error));

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
      if (!file) throw new BadRequest('The body is empty: send the file to import as the request body.', 'body');
      const report = await importDocument(db, readImportFiles([file], query.format, { ...DEFAULT_ZIP_LIMITS, maxInflatedBytes: settings.maxBytes }), {
        dryRun: query.dryRun,
      });
      const body: ImportReportBody = report;
      res.json(body);
    },
  );

  return router;
}
