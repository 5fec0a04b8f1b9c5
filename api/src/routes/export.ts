import { Router, type Response } from 'express';
import { exportCountResponse, exportQuery, exportSelection as exportSelectionSchema, type ExportCountResponse } from '../contract/export.js';
import { parseInput } from '../contract/validate.js';
import type { Database } from '../db/driver.js';
import { BadRequest } from '../errors.js';
import { exportSelection } from '../export/export.js';
import { resolveSelection } from '../export/selection.js';
import { ExportAborted } from '../export/sink.js';
import { summarizeSelection } from '../export/subgraph.js';

/**
 * GET /api/export?format=…&ids=…|view=…|text=…|filters (POST with a JSON body for long id lists):
 * the selection as a file, streamed; GET /api/export/count: what that file would hold.
 */
export function exportRoutes(db: Database): Router {
  const router = Router();

  router.get('/export/count', async (req, res) => {
    const selection = parseInput(exportSelectionSchema, req.query);
    const { params, computedEdges } = await resolveSelection(db, selection);
    const { nodes, edges, labels, types } = await summarizeSelection(db, params, computedEdges);
    const body: ExportCountResponse = exportCountResponse.parse({ nodes, edges, labels, types });
    res.json(body);
  });

  const stream = async (input: unknown, res: Response) => {
    const { format, ...selection } = parseInput(exportQuery, input);
    try {
      await exportSelection(db, selection, format, res, {
        onStart: ({ writer, summary, filename }) => {
          res.status(200);
          res.attachment(filename);
          res.setHeader('Content-Type', writer.contentType);
          res.setHeader('Cache-Control', 'no-store');
          res.setHeader('X-Export-Nodes', String(summary.nodes));
          res.setHeader('X-Export-Edges', String(summary.edges));
        },
      });
      res.end();
    } catch (error) {
      // Once bytes are on their way the status is sent: the only honest signal left is a cut stream.
      if (!res.headersSent) throw error;
      if (error instanceof ExportAborted) res.log?.info('export stopped: the client went away');
      else res.log?.error({ err: error }, 'export failed while streaming');
      res.destroy(error as Error);
    }
  };

  router.get('/export', (req, res) => stream(req.query, res));
  router.post('/export', (req, res) => {
    if (req.body !== undefined && (typeof req.body !== 'object' || req.body === null || Array.isArray(req.body))) {
      throw new BadRequest('The body must be a JSON object holding the selection (ids, edgeIds, filters).', 'body');
    }
    return stream({ ...req.query, ...(req.body ?? {}) }, res);
  });
  return router;
}
