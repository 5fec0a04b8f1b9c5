import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Router } from 'express';
import { openApiDocument } from '../contract/openapi.js';

const docsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../docs');

/**
 * GET /api/openapi.json (generated from the zod contracts) and GET /api/docs, a self-contained page
 * rendering it; its script is served from 'self' because the CSP allows no inline script and the
 * network is closed to CDNs.
 */
export function docsRoutes(): Router {
  const router = Router();
  const spec = openApiDocument();
  const page = readFileSync(path.join(docsDir, 'index.html'), 'utf8');
  const script = readFileSync(path.join(docsDir, 'docs.js'), 'utf8');
  router.get('/openapi.json', (_req, res) => {
    res.json(spec);
  });
  router.get('/docs', (_req, res) => {
    res.type('html').send(page);
  });
  router.get('/docs/docs.js', (_req, res) => {
    res.type('text/javascript').send(script);
  });
  return router;
}
