/**
 * The worker thread behind figures.ts: computes the figures each message asks for, so centrality
 * over tens of thousands of nodes never blocks the API's event loop.
 */
import { parentPort } from 'node:worker_threads';
import type { FiguresJob } from './figures.js';
import { graphFigures } from './metrics.js';
import { networkFigures } from './network.js';

parentPort?.on('message', (job: FiguresJob) => {
  parentPort?.postMessage(job.kind === 'graph' ? graphFigures(job.input) : networkFigures(job.input));
});
