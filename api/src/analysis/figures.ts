import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { startModuleWorker } from '../worker-thread.js';
import type { GraphFigures, MetricsInput } from './metrics.js';
import type { NetworkFigures, NetworkInput } from './network.js';

/** What the worker is asked to compute. */
export type FiguresJob = { kind: 'graph'; input: MetricsInput } | { kind: 'network'; input: NetworkInput };

/** Thrown when the figures took longer than allowed; the worker was stopped. */
export class FiguresTimedOut extends Error {
  constructor(readonly timeoutMs: number) {
    super(`Graph figures took longer than ${timeoutMs} ms.`);
    this.name = 'FiguresTimedOut';
  }
}

const startWorker = () => startModuleWorker(import.meta.url, './figures-worker');

/** At most this many figures run at once; more wait their turn (each uses a core fully). */
const MAX_WORKERS = Math.max(1, Math.min(2, availableParallelism() - 1));

/**
 * Starting a worker costs about a second (module loading), so idle workers are kept and reused.
 * An idle worker is unref'd: it never keeps the process alive.
 */
class FiguresPool {
  private readonly idle: Worker[] = [];
  private busy = 0;
  private readonly waiting: (() => void)[] = [];

  async run<T>(job: FiguresJob, timeoutMs: number): Promise<T> {
    if (this.busy >= MAX_WORKERS) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.busy += 1;
    const worker = this.idle.pop() ?? startWorker();
    worker.ref();
    let reusable = false;
    try {
      const figures = await new Promise<T>((resolve, reject) => {
        const done = () => {
          clearTimeout(timer);
          worker.off('message', onMessage);
          worker.off('error', reject);
          worker.off('exit', onExit);
        };
        const onMessage = (figures: T) => {
          done();
          resolve(figures);
        };
        const onExit = (code: number) => {
          done();
          reject(new Error(`The figures worker stopped with code ${code}.`));
        };
        const timer = setTimeout(() => {
          done();
          reject(new FiguresTimedOut(timeoutMs));
        }, timeoutMs);
        worker.on('message', onMessage);
        worker.once('error', reject);
        worker.once('exit', onExit);
        worker.postMessage(job);
      });
      reusable = true;
      return figures;
    } finally {
      if (reusable) {
        worker.unref();
        this.idle.push(worker);
      } else {
        // Timed out or failed: the worker may still be computing; stop it.
        void worker.terminate();
      }
      this.busy -= 1;
      this.waiting.shift()?.();
    }
  }
}

const pool = new FiguresPool();

/**
 * Degree, betweenness, PageRank and communities (graphFigures) in a worker thread: the event loop
 * keeps answering other requests meanwhile. Past `timeoutMs` the worker is terminated and
 * FiguresTimedOut is thrown. Only ids travel to the worker (structured clone), not properties.
 */
export async function figuresOffThread(input: MetricsInput, timeoutMs: number): Promise<GraphFigures> {
  const nodes = input.nodes.map(({ id }) => ({ id }));
  const edges = input.edges.map(({ source, target }) => ({ source, target }));
  return pool.run<GraphFigures>({ kind: 'graph', input: { nodes, edges } }, timeoutMs);
}

/** networkFigures (a weighted, undirected network such as the cooperation network) in the same workers. */
export async function networkFiguresOffThread(input: NetworkInput, timeoutMs: number): Promise<NetworkFigures> {
  const nodes = input.nodes.map(({ id }) => ({ id }));
  const edges = input.edges.map(({ source, target, weight }) => ({ source, target, weight }));
  return pool.run<NetworkFigures>({ kind: 'network', input: { nodes, edges } }, timeoutMs);
}
