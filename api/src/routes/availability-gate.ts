import type { RequestHandler } from 'express';
import type { Neo4jAvailability } from '../db/availability.js';

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
