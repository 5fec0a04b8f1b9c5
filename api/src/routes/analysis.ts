import { Router } from 'express';
import { networkFiguresOffThread } from '../analysis/figures.js';
import { networkFiguresBody, type NetworkFiguresResponse } from '../contract/analysis.js';
import { parseInput } from '../contract/validate.js';
import { METRICS_TIMEOUT_MS } from '../contract/metrics.js';

/** POST /api/analysis/network: centrality and communities of a network the client holds (e.g. the cooperation network drawn). */
export function analysisRoutes(): Router {
  const router = Router();
  router.post('/analysis/network', async (req, res) => {
    const { nodes, links } = parseInput(networkFiguresBody, req.body ?? {});
    // The same figures, computed the same way (off the event loop), as /api/cooperation?figures=true.
    const { metrics, communities } = await networkFiguresOffThread({ nodes: nodes.map((id) => ({ id })), edges: links }, METRICS_TIMEOUT_MS);
    const body: NetworkFiguresResponse = { figures: metrics, communities };
    res.json(body);
  });
  return router;
}
