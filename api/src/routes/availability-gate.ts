import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Neo4jAvailability } from '../db/availability.js';
import { writeRefusalOf } from '../errors.js';

/** Routes that never touch Neo4j keep answering during an outage. */
const WITHOUT_DATABASE = new Set(['/openapi.json', '/docs', '/docs/docs.js']);

/**
 * While Neo4j is known to be down, answer 503 + Retry-After at once (no driver call), so clients
 * and load balancers learn it in milliseconds rather than after the driver's timeouts.
 */
export function availabilityGate(availability: Neo4jAvailability): RequestHandler {
  return (req, res, next) => {
    const outage = availability.outage;
    if (!outage || WITHOUT_DATABASE.has(req.path)) {
      next();
      return;
    }
    res.setHeader('Retry-After', String(outage.retryAfterS));
    res.status(503).json({ error: { code: 'UNAVAILABLE', message: outage.message } });
  };
}

/** Tells `availability` of every write Neo4j refused for its storage, then passes the error on to the error middleware. */
export function refusedWriteReport(availability: Neo4jAvailability): ErrorRequestHandler {
  return (error, _req, _res, next) => {
    const refusal = writeRefusalOf(error);
    if (refusal) availability.noteRefusedWrite(refusal);
    next(error);
  };
}
