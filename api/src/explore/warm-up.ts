import { cooperationQuery } from '../contract/cooperation.js';
import { expandQuery } from '../contract/expand.js';
import { mapPlacesQuery, mapStatusQuery } from '../contract/map.js';
import { shortestPathsQuery } from '../contract/paths.js';
import { searchQuery } from '../contract/search.js';
import { timelineQuery } from '../contract/timeline.js';
import { parseInput } from '../contract/validate.js';
import { Database } from '../db/driver.js';
import { listDocuments } from '../ingest/reader.js';
import { cooperationNetwork } from './cooperation.js';
import { documentGraph } from './document-graph.js';
import { expandGraph } from './expand.js';
import { mapMeasures, mapPlaces, mapStatus } from './map.js';
import { nodeDetails } from './node.js';
import { shortestPaths } from './paths.js';
import { searchEntities } from './search.js';
import { eventTimeline } from './timeline.js';

export interface WarmUpReport {
  /** The reads that ran, in order. */
  ran: string[];
  /** How long each took, ms: the cold cost a first visitor no longer pays. */
  took: Record<string, number>;
  /** Reads that failed, with Neo4j's message: a warm-up failure is logged, never fatal. */
  failed: { read: string; message: string }[];
  ms: number;
}

/**
 * How long one warm-up read may run. On a graph of a million relationships the explorer's
 * whole-graph cooperation and map reads take longer than the API's own timeout: the warm-up gives
 * up on them sooner rather than hold Neo4j for a visitor's time (Neo4j has planned them by then).
 */
export const WARM_UP_READ_TIMEOUT_MS = 10_000;

/**
 * Runs the explorer's hot reads once, as the web app first sends them and in the order a first
 * visitor meets them, so that Neo4j plans and compiles each query and reads the pages they touch
 * before anyone waits for it. Cold, right after `npm start` (load 6, 2 cores), the first overview
 * took 3.4 s, the first search 2.6 s and the first 1-hop expand 7.9 s; warm, 0.16 s, 0.04 s and
 * 0.12 s (docs/performance.md). One read at a time, on a connection of its own with a shorter
 * timeout: the warm-up must not compete with a visitor for both cores.
 */
export async function warmUp(main: Database): Promise<WarmUpReport> {
  const db = new Database({ ...main.config, queryTimeoutMs: Math.min(main.config.queryTimeoutMs, WARM_UP_READ_TIMEOUT_MS) });
  try {
    return await warmUpReads(db);
  } finally {
    await db.close();
  }
}

async function warmUpReads(db: Database): Promise<WarmUpReport> {
  const started = performance.now();
  const report: WarmUpReport = { ran: [], took: {}, failed: [], ms: 0 };
  const [subjects] = await db.read('warm-up-subjects');
  const [hub, other] = (subjects?.actors as string[] | undefined) ?? [];
  const instrument = (subjects?.instrument as string | null | undefined) ?? undefined;
  // The map opens on the current year.
  const year = String(new Date().getFullYear());
  const reads: [string, (() => Promise<unknown>) | undefined][] = [
    ['overview', () => documentGraph(db, 2000)],
    ['documents', () => listDocuments(db)],
    ['search', () => searchEntities(db, parseInput(searchQuery, { q: 'council' }))],
    ['expand', hub ? () => expandGraph(db, parseInput(expandQuery, { ids: hub })) : undefined],
    ['node details', hub ? () => nodeDetails(db, hub) : undefined],
    ['timeline', () => eventTimeline(db, parseInput(timelineQuery, {}))],
    // The network view asks for the whole graph's cooperation, not one actor's.
    ['cooperation', () => cooperationNetwork(db, parseInput(cooperationQuery, { limit: '2000' }))],
    ['map places', () => mapPlaces(db, parseInput(mapPlacesQuery, { as_of: year }))],
    ['map measures', () => mapMeasures(db)],
    ['map status', instrument ? () => mapStatus(db, parseInput(mapStatusQuery, { measure: instrument, as_of: year })) : undefined],
    ['shortest path', hub && other ? () => shortestPaths(db, parseInput(shortestPathsQuery, { from: hub, to: other })) : undefined],
  ];
  for (const [read, run] of reads) {
    if (!run) continue;
    const readStarted = performance.now();
    try {
      await run();
      report.ran.push(read);
      report.took[read] = Math.round(performance.now() - readStarted);
    } catch (error) {
      report.failed.push({ read, message: (error as Error).message });
    }
  }
  report.ms = Math.round(performance.now() - started);
  return report;
}
