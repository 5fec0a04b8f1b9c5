import { existsSync } from 'node:fs';
import path from 'node:path';
import compression from 'compression';
import express from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import type { Neo4jAvailability } from './db/availability.js';
import type { Database } from './db/driver.js';
import { errorMiddleware, NotFound } from './errors.js';
import { bodyErrors, declaredBodyLimit, JSON_BODY_LIMIT_BYTES, perClientLimit, wellFormedPath, type RateLimits } from './http/limits.js';
import { requestLog } from './http/request-log.js';
import { accountById } from './auth/accounts.js';
import { authenticate, requireRole, type AccountLookup } from './auth/actor.js';
import { csrfProtection } from './auth/csrf.js';
import { sessionMiddleware, type SessionSettings } from './auth/session.js';
import { tokenAccount } from './auth/tokens.js';
import { accountRoutes } from './routes/accounts.js';
import { authRoutes } from './routes/auth.js';
import { analysisRoutes } from './routes/analysis.js';
import { changeRoutes } from './routes/changes.js';
import { curationRoutes } from './routes/curation.js';
import { suggestionRoutes } from './routes/suggestions.js';
import { cooperationRoutes } from './routes/cooperation.js';
import { docsRoutes } from './routes/docs.js';
import { documentRoutes } from './routes/documents.js';
import { expandRoutes } from './routes/expand.js';
import { exportRoutes } from './routes/export.js';
import { importRoutes, importSettingsFromEnv, type ImportSettings } from './routes/import.js';
import { graphRoutes } from './routes/graph.js';
import { availabilityGate, refusedWriteReport } from './routes/availability-gate.js';
import { healthRoutes } from './routes/health.js';
import { mapRoutes } from './routes/map.js';
import { metricsRoutes } from './routes/metrics.js';
import { nodeRoutes } from './routes/nodes.js';
import { pathRoutes } from './routes/paths.js';
import { queryRoutes } from './routes/query.js';
import { searchRoutes } from './routes/search.js';
import { timelineRoutes } from './routes/timeline.js';
import { viewRoutes } from './routes/views.js';
import { storyRoutes } from './routes/stories.js';

export interface AppOptions {
  db: Database;
  logger: Logger;
  /** The built web app (web/dist); served with an index.html fallback for deep links. */
  webDist?: string;
  /** Serve POST /api/query (QUERY_CONSOLE_ENABLED); when false the route does not exist (404). */
  queryConsole?: boolean;
  /** Served over https (PUBLIC_URL): only then may the page ask the browser to upgrade its requests. */
  https?: boolean;
  /** Proxies in front of the app (TRUST_PROXY), so that req.ip and the rate limits see the client. */
  trustProxy?: number;
  /** Requests per client and minute (RATE_LIMIT_*_PER_MIN). */
  rateLimits?: RateLimits;
  /** ADMIN_TOKEN: a bearer token acting as admin, for automation (see auth/actor.ts). */
  adminToken?: string;
  /** When given, /api answers 503 at once while it reports Neo4j down (see db/availability.ts). */
  availability?: Neo4jAvailability;
  /** SESSION_SECRET; unset: generated once and kept in Neo4j (auth/secret.ts). */
  sessionSecret?: string;
  /** SESSION_TTL_HOURS in ms (tests use seconds). */
  sessionTtlMs?: number;
  /** READ_REQUIRES_LOGIN: every read but health, auth and the API description needs the viewer role. */
  readRequiresLogin?: boolean;
  /** ADMIN_TOKEN and IMPORT_MAX_BYTES of the import route (default: from the environment). */
  importSettings?: ImportSettings;
}

/** SESSION_TTL_HOURS' default. */
export const DEFAULT_SESSION_TTL_MS = 12 * 3600_000;
/** SIGN_IN_RATE_PER_MIN's default. */
export const DEFAULT_SIGN_IN_PER_MIN = 10;
/** Reads that stay open with READ_REQUIRES_LOGIN: signing in, and the API's description. */
const OPEN_WITHOUT_LOGIN = /^\/(auth\/|openapi\.json$|docs(\/|$))/;

/** The defaults of RATE_LIMIT_*_PER_MIN in env.ts. */
export const DEFAULT_RATE_LIMITS: RateLimits = { console: 60, search: 600, export: 30 };

const requireViewer = requireRole('viewer');

/** Builds the Express app: security headers, request logs, API routes, static web, one error middleware. */
export function createApp({
  db,
  logger,
  webDist,
  queryConsole = true,
  https = false,
  trustProxy = 0,
  rateLimits = DEFAULT_RATE_LIMITS,
  availability,
  adminToken,
  sessionSecret,
  sessionTtlMs = DEFAULT_SESSION_TTL_MS,
  readRequiresLogin = false,
  importSettings = importSettingsFromEnv(),
}: AppOptions): express.Express {
  const app = express();
  const sessions: SessionSettings = { secret: sessionSecret, ttlMs: sessionTtlMs, https };
  // ADMIN_TOKEN given to the app, else the import route's (tests configure that one through the environment).
  const adminSecret = adminToken ?? importSettings.adminToken;
  const accounts: AccountLookup = { accountById: (id) => accountById(db, id), tokenAccount: (secret) => tokenAccount(db, secret) };
  app.disable('x-powered-by');
  app.set('query parser', 'extended');
  app.set('trust proxy', trustProxy);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // Cytoscape sets inline styles on its canvas container.
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          // Over plain http on any host but localhost, this would send every script to https and break the page.
          'upgrade-insecure-requests': https ? [] : null,
        },
      },
      // Browsers ignore HSTS over http; sent over https only, like the upgrade above.
      strictTransportSecurity: https,
    }),
  );
  // Large graph answers (a hub's 1-hop expand is ~150 KB of JSON) shrink ~10×; small ones are not
  // worth the CPU. Exports stream their own files with backpressure and are left alone.
  app.use(compression({ threshold: '16kb', filter: (req, res) => !req.path.startsWith('/api/export') && compression.filter(req, res) }));
  app.use(requestLog(logger, { ignore: (req) => req.url === '/api/health' }));
  app.use(wellFormedPath);
  // Imports and documents carry whole files (IMPORT_MAX_BYTES, INGEST_MAX_BYTES) and are read by
  // their routes, after the credentials check.
  const ownBodies = ['/api/import', '/api/documents'];
  app.use(declaredBodyLimit(JSON_BODY_LIMIT_BYTES, ownBodies));
  const json = express.json({ limit: JSON_BODY_LIMIT_BYTES });
  app.use((req, res, next) => (ownBodies.includes(req.path) ? next() : json(req, res, next)));

  const api = express.Router();
  if (availability) api.use(availabilityGate(availability));
  api.use(healthRoutes(db));
  // The API's own description needs neither Neo4j nor a session: it keeps answering in an outage.
  api.use(docsRoutes());
  api.use(sessionMiddleware(db, sessions));
  api.use(authenticate({ adminToken: adminSecret, accounts }));
  api.use(csrfProtection);
  if (readRequiresLogin) api.use((req, res, next) => (OPEN_WITHOUT_LOGIN.test(req.path) ? next() : requireViewer(req, res, next)));
  api.use('/query', perClientLimit('console', rateLimits.console));
  api.use('/search', perClientLimit('search', rateLimits.search));
  api.use('/export', perClientLimit('export', rateLimits.export));
  // The typeahead's search, the most frequent request, first: every router mounted before a
  // route is walked by each of its requests. No two routers answer the same path, so the order
  // among them changes nothing else.
  api.use(searchRoutes(db));
  api.use(authRoutes(db, { ...sessions, signInPerMin: rateLimits.signIn ?? DEFAULT_SIGN_IN_PER_MIN }));
  api.use(accountRoutes(db));
  api.use(analysisRoutes());
  api.use(graphRoutes(db));
  api.use(nodeRoutes(db));
  api.use(expandRoutes(db));
  api.use(pathRoutes(db));
  api.use(timelineRoutes(db));
  api.use(cooperationRoutes(db));
  api.use(mapRoutes(db));
  api.use(metricsRoutes(db));
  api.use(viewRoutes(db));
  api.use(storyRoutes(db));
  api.use(exportRoutes(db));
  api.use(importRoutes(db, { ...importSettings, adminToken: adminSecret }));
  api.use(curationRoutes(db));
  api.use(changeRoutes(db));
  api.use(suggestionRoutes(db));
  api.use(documentRoutes(db));
  if (queryConsole) api.use(queryRoutes(db));
  api.use((req) => {
    throw new NotFound(`No API route ${req.method} ${req.path}`);
  });
  app.use('/api', api);

  if (webDist && existsSync(path.join(webDist, 'index.html'))) {
    app.use(express.static(webDist, { index: 'index.html', maxAge: '1h' }));
    app.get('/{*path}', (_req, res) => res.sendFile(path.join(webDist, 'index.html')));
  }
  app.use(bodyErrors);
  if (availability) app.use(refusedWriteReport(availability));
  app.use(errorMiddleware);
  return app;
}
