import { Router } from 'express';
import { networkFiguresBody, type NetworkFiguresResponse } from '../contract/analysis.js';
import { parseInput } from '../contract/validate.js';
import { networkFigures } from '../analysis/network.js';

/** POST /api/analysis/network: centrality and communities of a network the client holds (e.g. the cooperation network drawn). */
export function analysisRoutes(): Router {
  const router = Router();
  router.post('/analysis/network', (req, res) => {
    const body: NetworkFiguresResponse = networkFigures(parseInput(networkFiguresBody, req.body ?? {}));
    res.json(body);
  });
  return router;
}
