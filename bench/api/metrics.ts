/**
 * `npx tsx bench/api/metrics.ts [scale]`: graph figures (degree, betweenness, PageRank, Louvain) on
 * the synthetic graph at `scale` (0.2 ≈ 20k nodes), computed in the worker thread as GET
 * /api/metrics does. Prints the wall time and the longest event-loop stall seen meanwhile; for
 * comparison, the stall of the same work on the main thread. No Neo4j needed.
 */
import { figuresOffThread } from '../../api/src/analysis/figures.js';
import { betweennessSources } from '../../api/src/analysis/betweenness.js';
import { graphFigures, type MetricsInput } from '../../api/src/analysis/metrics.js';
import { SyntheticGraph, sizesFor } from './synthetic-graph.js';

const scale = Number(process.argv[2] ?? 0.2);
const inline = process.argv.includes('--inline');

function syntheticInput(): MetricsInput {
  const graph = new SyntheticGraph(sizesFor(scale));
  const nodes: { id: string }[] = [];
  for (const batch of graph.nodes(10_000)) for (const row of batch) nodes.push({ id: String(row.properties.id) });
  const edges: { source: string; target: string }[] = [];
  for (const batch of graph.relationships(10_000)) for (const row of batch) edges.push({ source: row.from, target: row.to });
  return { nodes, edges };
}

/** Runs `work` while a 10 ms ticker records the longest gap between its ticks (the event loop's stall). */
async function measure(label: string, work: () => Promise<unknown>): Promise<void> {
  let last = performance.now();
  let longest = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 10);
  const started = performance.now();
  await work();
  const ms = performance.now() - started;
  // One more tick, so a stall that ends with the work is counted.
  await new Promise((resolve) => setTimeout(resolve, 20));
  clearInterval(ticker);
  console.log(`${label}: ${(ms / 1000).toFixed(1)} s; longest event-loop stall ${longest.toFixed(0)} ms`);
}

const input = syntheticInput();
console.log(`synthetic graph at scale ${scale}: ${input.nodes.length} nodes, ${input.edges.length} relationships`);
console.log(`betweenness from ${betweennessSources(input.nodes.length, input.edges.length)} sources (at most; links are merged first)`);
await measure('worker thread (first call, starts the worker)', () => figuresOffThread(input, 30 * 60_000));
await measure('worker thread (worker reused)', () => figuresOffThread(input, 30 * 60_000));
if (inline) await measure('main thread', async () => graphFigures(input));
