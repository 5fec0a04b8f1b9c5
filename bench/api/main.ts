/**
 * `npm run bench [-- --scale 0.1 --duration 10]`: the API benchmark. Not a test.
 * Starts its own throwaway Neo4j, loads a synthetic graph of realistic shape (scale 1 ≈ 100k nodes,
 * 1M relationships), serves the real app on a free port (in a child process, so the load generator
 * does not share its event loop) and a bare node:http server running the same explore functions (the
 * HTTP floor, floor-serve.ts), then measures each scenario at concurrency 1 and 32 through the API
 * and the floor (autocannon) and through neo4j-driver directly, and prints the figures and the
 * ratios. Writes .artifacts/bench-api.json.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { repoRoot } from '../../tools/neo4j/install.js';
import { startLocalNeo4j } from '../../tools/neo4j/local-server.js';
import { applySchema } from '../../api/src/db/connect.js';
import { Database } from '../../api/src/db/driver.js';
import { healthDuringConsole, quietHealth } from './console-health.js';
import { loadSyntheticGraph } from './load-graph.js';
import { measureDirect, measureHttp, pool, type Latencies, type Sample } from './measure.js';
import { buildScenarios } from './scenarios.js';
import { SyntheticGraph, sizesFor } from './synthetic-graph.js';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    duration: { type: 'string', default: '10' },
    keep: { type: 'boolean', default: false },
    // Keeps Neo4j's store in this directory and reuses the graph loaded there by an earlier run at
    // the same scale (the load takes ~2 min at scale 1): for repeated before/after runs.
    'state-dir': { type: 'string' },
    // Writes a V8 CPU profile of the app's process to .artifacts/profile/ (open it in Chrome DevTools).
    profile: { type: 'boolean', default: false },
    // Only the scenarios whose name contains this text, or one of these comma-separated texts (e.g. "search,cooperation").
    only: { type: 'string' },
  },
});
const scale = Number(values.scale);
const seconds = Number(values.duration);
if (!(scale > 0 && scale <= 2) || !(seconds >= 1 && seconds <= 120)) {
  console.error('Usage: npm run bench -- [--scale 0<s≤2] [--duration 1..120 seconds]');
  process.exit(2);
}
const CONCURRENCY = [1, 32];

interface LoadedGraph {
  nodes: number;
  relationships: number;
  scale: number;
  loadSeconds: number;
}
const say = (line: string) => console.log(line);

const kept = values['state-dir'] ? path.resolve(values['state-dir']) : undefined;
if (kept) mkdirSync(kept, { recursive: true });
const stateDir = kept ?? mkdtempSync(path.join(os.tmpdir(), 'liaison-bench-neo4j-'));
/** Written once the graph is loaded, so that a later run with --state-dir knows what the store holds. */
const loadedMarker = path.join(stateDir, 'bench-graph.json');
const heap = process.env.BENCH_NEO4J_HEAP ?? '2g';
const pageCache = process.env.BENCH_NEO4J_PAGECACHE ?? '1g';
say(`Starting a throwaway Neo4j (heap ${heap}, page cache ${pageCache}) in ${stateDir}…`);
const neo4j = await startLocalNeo4j({ stateDir, boltPort: 0, heap, pageCache, readyTimeoutMs: 240_000 });
const db = new Database({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password, database: 'neo4j', queryTimeoutMs: 30_000 });
/** The app (serve.ts) and the bare-HTTP floor (floor-serve.ts), each in a child process. */
const servers: ChildProcess[] = [];

/** Starts a bench server script in a child process and resolves its base URL and process. */
function serve(scriptName: string, profile = false): Promise<{ url: string; pid: number | undefined }> {
  const script = path.join(path.dirname(fileURLToPath(import.meta.url)), scriptName);
  const profiling = profile ? ['--cpu-prof', `--cpu-prof-dir=${path.join(repoRoot, '.artifacts', 'profile')}`] : [];
  const child = spawn(process.execPath, [...profiling, '--import', 'tsx', script], {
    env: { ...process.env, BENCH_NEO4J_URI: neo4j.uri, BENCH_NEO4J_USER: neo4j.user, BENCH_NEO4J_PASSWORD: neo4j.password },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  servers.push(child);
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${scriptName} exited with code ${code}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      const port = /PORT (\d+)/.exec(chunk.toString())?.[1];
      if (port) resolve({ url: `http://127.0.0.1:${port}`, pid: child.pid });
    });
  });
}

/**
 * Slices per side and concurrency. At concurrency 1 — where the ×1.2 goal is judged — the sides
 * take turns in three slices each, in a rotating order, so that no side always runs first (on a
 * colder cache) or last. At 32, slow scenarios complete few requests per slice, so one slice each.
 */
const slicesAt = (concurrency: number) => (concurrency === 1 ? 3 : 1);
type Side = 'api' | 'floor' | 'driver';
const SIDES: Side[] = ['api', 'floor', 'driver'];

try {
  await applySchema(db);
  const graph = new SyntheticGraph(sizesFor(scale));
  const earlier = existsSync(loadedMarker) ? (JSON.parse(readFileSync(loadedMarker, 'utf8')) as LoadedGraph) : undefined;
  let loaded: LoadedGraph;
  if (earlier?.scale === scale) {
    loaded = earlier;
    say(`Reusing the graph loaded at scale ${scale} in ${stateDir}.`);
  } else {
    if (earlier) throw new Error(`${stateDir} holds a graph of scale ${earlier.scale}: pass another --state-dir for scale ${scale}.`);
    const { records } = await db.driver.executeQuery('MATCH (n) RETURN count(n) AS n', {}, { database: 'neo4j' });
    if (Number(records[0]?.get('n')) > 0) throw new Error(`${stateDir} holds a partly loaded graph: remove it and run again.`);
    say(`Loading the synthetic graph at scale ${scale}…`);
    const loadStarted = performance.now();
    const counts = await loadSyntheticGraph(db, graph, say);
    const loadSeconds = (performance.now() - loadStarted) / 1000;
    loaded = { ...counts, scale, loadSeconds };
    if (kept) writeFileSync(loadedMarker, `${JSON.stringify(loaded)}\n`);
    say(`Loaded in ${loadSeconds.toFixed(0)} s.`);
  }
  await db.driver.executeQuery('CALL db.awaitIndexes(600)', {}, { database: 'neo4j' });

  const app = await serve('serve.ts', values.profile);
  const floor = await serve('floor-serve.ts');

  const scenarios = await buildScenarios(db, graph.sizes, values.only);
  const results: { scenario: string; concurrency: number; api: Latencies; floor: Latencies; driver: Latencies; ratio: number }[] = [];
  for (const scenario of scenarios) {
    const measure = (side: Side, concurrency: number, duration: number, counted = true) =>
      side === 'driver'
        ? measureDirect(scenario.direct, concurrency, duration)
        : measureHttp(
            side === 'api' ? app.url : floor.url,
            scenario.paths,
            concurrency,
            duration,
            counted ? (side === 'api' ? app.pid : floor.pid) : undefined,
          );
    // Warm the query caches and the JIT on every side before measuring.
    for (const side of SIDES) await measure(side, 4, 2, false);
    for (const concurrency of CONCURRENCY) {
      const slices = slicesAt(concurrency);
      const samples: Record<Side, Sample[]> = { api: [], floor: [], driver: [] };
      for (let slice = 0; slice < slices; slice++) {
        for (let turn = 0; turn < SIDES.length; turn++) {
          const side = SIDES[(slice + turn) % SIDES.length]!;
          samples[side].push(await measure(side, concurrency, seconds / slices));
        }
      }
      const [api, floorFigures, driver] = [pool(samples.api), pool(samples.floor), pool(samples.driver)];
      const ratio = api.p50 / driver.p50;
      results.push({ scenario: scenario.name, concurrency, api, floor: floorFigures, driver, ratio });
      say(
        `  ${scenario.name} ×${concurrency}: API p50 ${api.p50.toFixed(1)} ms (CPU ${api.cpuPerRequest?.toFixed(2)} ms/request), HTTP floor p50 ${floorFigures.p50.toFixed(1)} ms (CPU ${floorFigures.cpuPerRequest?.toFixed(2)}), driver p50 ${driver.p50.toFixed(1)} ms (CPU ${driver.cpuPerRequest?.toFixed(2)} ms/request)`,
      );
    }
  }

  // Finding 2 of issue 13: health must answer in < 100 ms while the console decodes huge results.
  // A run limited to some scenarios (--only) is a profiling run: the health figures are skipped.
  const skipped = { samples: 0, p50: NaN, p95: NaN, max: NaN, console: {} };
  const healthQuiet = values.only ? skipped : await quietHealth(app.url, 5);
  const healthBusy = values.only ? skipped : await healthDuringConsole(app.url);

  const f = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '–');
  const f2 = (n = NaN) => (Number.isFinite(n) ? n.toFixed(2) : '–');
  const lines = [
    '| scenario | conc. | API p50 | API p95 | API p99 | API req/s | API KB | API CPU/req | floor p50 | floor CPU/req | driver p50 | driver p95 | driver p99 | driver req/s | driver CPU/req | API/driver p50 | floor/driver p50 | API/floor p50 | errors |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...results.map(
      (r) =>
        `| ${r.scenario} | ${r.concurrency} | ${f(r.api.p50)} | ${f(r.api.p95)} | ${f(r.api.p99)} | ${f(r.api.throughput)} | ${f((r.api.bytes ?? NaN) / 1024)} | ${f2(r.api.cpuPerRequest)} | ${f(r.floor.p50)} | ${f2(r.floor.cpuPerRequest)} | ${f(r.driver.p50)} | ${f(r.driver.p95)} | ${f(r.driver.p99)} | ${f(r.driver.throughput)} | ${f2(r.driver.cpuPerRequest)} | ${r.ratio.toFixed(2)} | ${(r.floor.p50 / r.driver.p50).toFixed(2)} | ${(r.api.p50 / r.floor.p50).toFixed(2)} | ${r.api.errors + r.floor.errors + r.driver.errors} |`,
    ),
  ];
  say('');
  const load = os
    .loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');
  say(
    `Graph: ${loaded.nodes} nodes, ${loaded.relationships} relationships (scale ${scale}); ${seconds} s per measurement; latencies in ms; load average at the end ${load}.`,
  );
  say(lines.join('\n'));
  say('');
  say('| /api/health | calls | p50 | p95 | max | console answers |');
  say('|---|---:|---:|---:|---:|---|');
  for (const [name, h] of [
    ['quiet', healthQuiet],
    ['while the console decodes huge results', healthBusy],
  ] as const) {
    const answers = Object.entries(h.console)
      .map(([status, count]) => `${status}×${count}`)
      .join(' ');
    say(`| ${name} | ${h.samples} | ${f(h.p50)} | ${f(h.p95)} | ${f(h.max)} | ${answers || '–'} |`);
  }

  mkdirSync(path.join(repoRoot, '.artifacts'), { recursive: true });
  const report = {
    date: new Date().toISOString(),
    command: `npm run bench -- --scale ${scale} --duration ${seconds}`,
    // Other work on the machine skews latencies: the load average says how quiet it was.
    machine: { cpus: os.cpus().length, memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version, loadAverageAtEnd: os.loadavg() },
    neo4j: { heap, pageCache },
    graph: loaded,
    results,
    health: { quiet: healthQuiet, duringConsole: healthBusy },
  };
  // A partial run does not replace the full report.
  const reportFile = values.only ? 'bench-api-partial.json' : 'bench-api.json';
  writeFileSync(path.join(repoRoot, '.artifacts', reportFile), `${JSON.stringify(report, null, 2)}\n`);
  say(`\nWrote .artifacts/${reportFile}`);
} finally {
  for (const child of servers) child.kill('SIGTERM');
  await db.close();
  await neo4j.stop();
  if (!values.keep && !kept) rmSync(stateDir, { recursive: true, force: true });
}
