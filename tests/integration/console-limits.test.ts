import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../api/src/db/driver.js';
import { CONSOLE_DEADLINE_MARGIN_MS } from '../../api/src/explore/console.js';
import { request, startTestApp, type TestApp } from '../support/app.js';
import { testDatabase } from '../support/db.js';

/**
 * Issue 13, findings 1 and 2: one console request can neither outlive its timeout in Neo4j nor
 * freeze the API. The app here runs with a short console timeout so the test stays quick.
 */
// Long enough that planning and a worker's Bolt handshake fit on a 2-core machine at load 50 (at
// 3 s and at 8 s even `UNWIND range(1, 5000)` timed out there), short enough to keep the test quick.
const TIMEOUT_MS = 20_000;
/** Per test: each waits on events, never on this budget, unless something hangs. */
const TEST_TIMEOUT_MS = 300_000;
let base: Database;
let db: Database;
let app: TestApp;

beforeAll(async () => {
  base = testDatabase();
  db = new Database({ ...base.config, queryTimeoutMs: TIMEOUT_MS });
  app = await startTestApp(db);
});

afterAll(async () => {
  await app?.close();
  await db?.close();
  await base?.close();
});

const consoleQuery = (cypher: string) => request(app.baseUrl, '/api/query', { method: 'POST', body: { cypher } });

/** Console transactions Neo4j still runs (the console marks them with metaData.query = 'console'). */
async function consoleTransactions(): Promise<string[]> {
  const result = await base.driver.executeQuery(
    "SHOW TRANSACTIONS YIELD transactionId, metaData, currentQuery WHERE metaData.query = 'console' RETURN transactionId + ' ' + currentQuery AS tx",
    {},
    { database: base.config.database },
  );
  return result.records.map((record) => record.get('tx') as string);
}

async function waitUntil(condition: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return condition();
}

/** Median latency of /api/health over `samples` calls, one after the other. */
async function healthMedianMs(samples: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < samples; i += 1) {
    const started = performance.now();
    const response = await fetch(`${app.baseUrl}/api/health`);
    await response.text();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

function rssMb(): number {
  return process.memoryUsage().rss / 1024 / 1024;
}

describe('the console timeout (finding 1)', () => {
  it('stops the never-ending expression of the issue on time, and Neo4j does not run it on', { timeout: TEST_TIMEOUT_MS }, async () => {
    const started = Date.now();
    const response = await consoleQuery('RETURN size(reduce(s = "", x IN range(1, 100000000) | s + "x")) AS n');
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS + CONSOLE_DEADLINE_MARGIN_MS + 10_000);
    // 400 from the loop bound; 408 only where planning alone ate the time (load 54 on 2 cores).
    expect([400, 408], JSON.stringify(response.body)).toContain(response.status);
    expect(response.body.error.field).toBe('cypher');
    expect(response.body.error.message).toMatch(new RegExp(`may hold at most \\d+ elements|longer than ${TIMEOUT_MS} ms`));
    console.log(`[console] the issue's expression: ${response.status} after ${Date.now() - started} ms`);
    const gone = await waitUntil(async () => (await consoleTransactions()).length === 0, TIMEOUT_MS + 5000);
    expect(gone, (await consoleTransactions()).join('\n')).toBe(true);
  });

  it(
    'stops any long expression, whatever computes its list, within the timeout and a margin, and Neo4j no longer runs it',
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      const variants = [
        // The issue's expression with bounds no text check can read.
        `RETURN size(reduce(s = "", x IN range(1, toInteger('100000000')) | s + "x")) AS n`,
        `CALL { RETURN 100000000 AS n } RETURN size(reduce(s = "", x IN range(1, n) | s + "x")) AS n`,
        // No range() at all in the loop: a collected list.
        `UNWIND range(1, 1000000) AS i WITH collect(i) AS l RETURN size(reduce(s = "", x IN l | s + "x")) AS n`,
        // Loops small one by one, long together.
        `RETURN reduce(t = 0, a IN range(1, 3000) | t + size(reduce(s = "", b IN range(1, 3000) | s + "x"))) AS n`,
      ];
      for (const cypher of variants) {
        const started = Date.now();
        const response = await consoleQuery(cypher);
        const elapsed = Date.now() - started;
        console.log(`[console] ${response.status} after ${elapsed} ms: ${cypher}`);
        expect([400, 408], JSON.stringify(response.body)).toContain(response.status);
        expect(response.body.error.field).toBe('cypher');
        expect(response.body.error.message).toMatch(new RegExp(`at most \\d+ elements|longer than ${TIMEOUT_MS} ms`));
        // Planning and a cold worker at load 30 took up to 4.6 s more: a generous margin, far below the issue's "never".
        expect(elapsed).toBeLessThan(TIMEOUT_MS + CONSOLE_DEADLINE_MARGIN_MS + 10_000);
        // Gone from Neo4j, not merely "Terminated" and still computing (what happened before).
        const gone = await waitUntil(async () => (await consoleTransactions()).length === 0, TIMEOUT_MS + 5000);
        expect(gone, (await consoleTransactions()).join('\n')).toBe(true);
      }
    },
  );

  it('stops a short loop that builds a huge value at once, and Neo4j does not run it on', { timeout: TEST_TIMEOUT_MS }, async () => {
    // 40 doublings: 2^40 characters. Before the accumulator check it ran ~36 s, past every timeout,
    // until Neo4j's own OutOfMemoryError (what finding 1 forbids for any expression).
    for (const cypher of [
      "RETURN size(reduce(s = 'x', i IN range(1, 40) | s + s)) AS n",
      'RETURN size(reduce(l = [1], i IN range(1, 40) | l + l)) AS n',
    ]) {
      const started = Date.now();
      const response = await consoleQuery(cypher);
      const elapsed = Date.now() - started;
      console.log(`[console] ${response.status} after ${elapsed} ms: ${cypher}`);
      expect(response.status, JSON.stringify(response.body)).toBe(400);
      expect(response.body.error.field).toBe('cypher');
      // The step's concatenation is checked before it runs (or, failing that, the accumulator after it).
      expect(response.body.error.message).toMatch(/would grow too large|reduce\(\) grew too large/);
      expect(elapsed).toBeLessThan(TIMEOUT_MS + CONSOLE_DEADLINE_MARGIN_MS + 10_000);
      expect(await waitUntil(async () => (await consoleTransactions()).length === 0, 5000), (await consoleTransactions()).join('\n')).toBe(true);
    }
    // A reduce whose accumulator stays small (a number) is not refused.
    const sum = await consoleQuery('RETURN reduce(t = 0, i IN range(1, 1000) | t + i) AS n');
    expect(sum.status, JSON.stringify(sum.body)).toBe(200);
    expect(sum.body.rows).toEqual([[(1000 * 1001) / 2]]);
  });

  it('answers a long query with 408 within the timeout and a margin, and Neo4j no longer runs it', { timeout: TEST_TIMEOUT_MS }, async () => {
    for (let run = 0; run < 2; run += 1) {
      const started = Date.now();
      // A trillion rows: far more than the timeout allows; a space makes each run a new statement.
      const response = await consoleQuery(
        `UNWIND range(1, 1000000) AS a UNWIND range(1, 1000000) AS b WITH a, b WHERE a * b = -1 RETURN count(*) AS n${' '.repeat(run)}`,
      );
      const elapsed = Date.now() - started;
      expect(response.status, JSON.stringify(response.body)).toBe(408);
      expect(response.body.error.message).toMatch(`longer than ${TIMEOUT_MS} ms`);
      expect(response.body.error.field).toBe('cypher');
      // Planning (EXPLAIN) and a cold worker at load 30 took up to 4.6 s more: a generous margin, still far below "never" (unfixed) or 32 s (the issue).
      expect(elapsed).toBeLessThan(TIMEOUT_MS + CONSOLE_DEADLINE_MARGIN_MS + 10_000);
      expect(await waitUntil(async () => (await consoleTransactions()).length === 0, 5000), (await consoleTransactions()).join('\n')).toBe(true);
    }
  });
});

describe('statements refused from their text alone (quick, and the same on a busy server)', () => {
  const STATIC = [
    ['a literal range over the loop cap', 'RETURN reduce(s = 0, x IN range(1, 100000000) | s + x) AS n', /may hold at most 100000 elements/],
    ['a literal range concatenated past the value cap', 'RETURN size(range(1, 100000000) + [0]) AS n', /would grow too large/],
    // Neo4j 5.26's planner overflowed its stack on these and never answered: 408 after the whole deadline.
    ['a sum of 400 terms', `WITH 'x' AS s RETURN size(${Array(400).fill('s').join(' + ')}) AS n`, /chains 399 operators/],
    ['a product of 250 terms', `WITH 2 AS s RETURN ${Array(250).fill('s').join(' * ')} AS n`, /chains 249 operators/],
    ['250 nested lists', `WITH 1 AS s RETURN ${'['.repeat(250)}s${']'.repeat(250)} AS n`, /nests 250 levels/],
  ] as const;

  it('answers 400 with a sentence, before Neo4j plans the statement', { timeout: TEST_TIMEOUT_MS }, async () => {
    for (const [what, cypher, sentence] of STATIC) {
      const started = Date.now();
      const response = await consoleQuery(cypher);
      console.log(`[console] ${what}: ${response.status} after ${Date.now() - started} ms`);
      expect(response.status, `${what}: ${JSON.stringify(response.body).slice(0, 300)}`).toBe(400);
      expect(response.body.error.field, what).toBe('cypher');
      expect(response.body.error.message, what).toMatch(sentence);
    }
    expect(await consoleTransactions()).toEqual([]);
  });
});

/** Health latencies, one call after the other, for as long as `work` runs. */
async function healthWhile<T>(work: Promise<T>): Promise<{ result: T; during: number[] }> {
  let finished = false;
  const watched = work.finally(() => (finished = true));
  const during: number[] = [];
  while (!finished) during.push(await healthMedianMs(1));
  return { result: await watched, during };
}

describe('values that grow without reduce() (issue 14 brief: growth at the root)', () => {
  const doublings = (step: string, times: number) => `WITH 'xxxxxxxxxx' AS s ${`WITH ${step} AS s `.repeat(times)}RETURN size(s) AS n`;
  /** Each would build gigabytes inside Neo4j, where no timeout or TERMINATE reaches an expression. */
  const SHAPES = [
    ['WITH s + s chain', doublings('s + s', 18)],
    ['WITH s || s chain', doublings('s || s', 18)],
    ['one long sum', `WITH 'xxxxxxxxxx' AS s ${`WITH ${Array(40).fill('s').join(' + ')} AS s `.repeat(4)}RETURN size(s) AS n`],
    ['string repetition through replace()', doublings("replace(s, 'x', s)", 4)],
    ['a list doubling in a map accumulator', 'RETURN size(reduce(m = {l: [1]}, i IN range(1, 40) | {l: m.l + m.l}).l) AS n'],
    ['a huge range concatenated', 'RETURN size(range(1, 100000000) + [0]) AS n'],
    ['range() nested in list comprehensions', 'RETURN size([a IN range(1, 100000) | [b IN range(1, 100000) | a * b]]) AS n'],
    ['collect() of a huge list', 'UNWIND range(1, 30000000) AS i RETURN size(collect(i)) AS n'],
  ] as const;

  it(
    'refuses each shape with a sentence within the timeout and a margin, Neo4j runs none on, health answers meanwhile',
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      const quiet = await healthMedianMs(9);
      const loop = monitorEventLoopDelay({ resolution: 10 });
      loop.enable();
      const during: number[] = [];
      try {
        for (const [what, cypher] of SHAPES) {
          const started = Date.now();
          const { result: response, during: health } = await healthWhile(consoleQuery(cypher));
          during.push(...health);
          const elapsed = Date.now() - started;
          console.log(`[console] ${what}: ${response.status} after ${elapsed} ms — ${String(response.body.error?.message).slice(0, 90)}`);
          expect.soft([400, 408, 413], `${what}: ${JSON.stringify(response.body).slice(0, 300)}`).toContain(response.status);
          expect.soft(response.body.error.field, what).toBe('cypher');
          expect.soft(response.body.error.message, what).toMatch(/too large|at most \d+ elements|more memory|longer than/);
          expect.soft(elapsed, what).toBeLessThan(TIMEOUT_MS + CONSOLE_DEADLINE_MARGIN_MS + 10_000);
          const gone = await waitUntil(async () => (await consoleTransactions()).length === 0, 10_000);
          expect.soft(gone, `${what}: ${(await consoleTransactions()).join('\n')}`).toBe(true);
        }
      } finally {
        loop.disable();
      }
      during.sort((a, b) => a - b);
      const median = during[Math.floor(during.length / 2)] ?? 0;
      const figures = `health during the growth shapes: ${during.length} calls, median ${median.toFixed(0)} ms, p95 ${(during[Math.floor(during.length * 0.95)] ?? 0).toFixed(0)} ms, max ${(during.at(-1) ?? 0).toFixed(0)} ms (quiet median ${quiet.toFixed(0)} ms); event-loop delay p50 ${(loop.percentile(50) / 1e6).toFixed(1)} ms`;
      console.log(`[console] ${figures}`);
      // The API's own event loop never waits on the console (< 100 ms); health's own Neo4j round trip
      // shares 2 busy cores with the test run, so its bound here is relative to the quiet figure.
      expect(loop.percentile(50) / 1e6, figures).toBeLessThan(100);
      expect(median, figures).toBeLessThan(Math.max(100, 5 * quiet));
    },
  );

  it('still computes ordinary concatenations and replacements, with the columns named as written', { timeout: TEST_TIMEOUT_MS }, async () => {
    const response = await consoleQuery(
      "RETURN 'a' + 'b' || 'c', [1, 2] + [3] AS l, replace('abcb', 'b', 'xy') AS r, 1 + 2 - 4 AS n, toString(date('2020-01-31') + duration('P1D')) AS d, null + 'x' AS z",
    );
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.columns).toEqual(["'a' + 'b' || 'c'", 'l', 'r', 'n', 'd', 'z']);
    expect(response.body.rows).toEqual([['abc', [1, 2, 3], 'axycxy', -1, '2020-02-01', null]]);
  });
});

describe('a huge console result (finding 2)', () => {
  /** Values far larger than a console answer may be, each built differently in Neo4j. */
  const HUGE = [
    ['ten million integers in one list', 'RETURN range(1, 10000000) AS r'],
    ['ten billion integers in one list', 'RETURN range(1, 10000000000) AS r'],
    ['a 64-million-character string', "RETURN reduce(s = 'x', i IN range(1, 26) | s + s) AS s"],
    [
      'a map of three 2-million-element lists',
      'UNWIND range(1, 2000) AS a UNWIND range(1, 1000) AS b WITH collect(b) AS l RETURN {a: l, b: l, c: l} AS m',
    ],
  ] as const;

  it(
    'never freezes the API: health keeps answering while each runs, and the API process does not balloon',
    { timeout: TEST_TIMEOUT_MS },
    async () => {
      const quiet = await healthMedianMs(9);
      const rssBefore = rssMb();
      let rssPeak = rssBefore;
      const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, rssMb())), 50);
      // The API runs in this process: its event loop must stay free while results are decoded.
      const loop = monitorEventLoopDelay({ resolution: 10 });
      loop.enable();
      const during: number[] = [];
      try {
        for (const [what, cypher] of HUGE) {
          let finished = false;
          const started = Date.now();
          const big = consoleQuery(cypher).finally(() => (finished = true));
          // Health, one call after the other, for as long as the console query runs.
          while (!finished) during.push(await healthMedianMs(1));
          const response = await big;
          console.log(`[console] ${what}: ${response.status} after ${Date.now() - started} ms`);
          expect(response.status, JSON.stringify(response.body).slice(0, 300)).toBeGreaterThanOrEqual(400);
          expect(response.status).toBeLessThan(500);
          expect(response.body.error.message).toMatch(/too large|too much|longer than|more memory|out of range/);
          expect(await waitUntil(async () => (await consoleTransactions()).length === 0, TIMEOUT_MS + 5000)).toBe(true);
        }
        loop.disable();
        during.sort((a, b) => a - b);
        const median = during[Math.floor(during.length / 2)]!;
        const p95 = during[Math.floor(during.length * 0.95)]!;
        const loopP50 = loop.percentile(50) / 1e6;
        const figures = `health during: ${during.length} calls, median ${median.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms, max ${during.at(-1)!.toFixed(0)} ms (quiet median ${quiet.toFixed(0)} ms); event-loop delay p50 ${loopP50.toFixed(1)} ms, max ${(loop.max / 1e6).toFixed(0)} ms; RSS ${rssBefore.toFixed(0)} → ${rssPeak.toFixed(0)} MB`;
        console.log(`[console] ${figures}`);
        expect(during.length, figures).toBeGreaterThan(0);
        expect(loopP50, figures).toBeLessThan(100);
        // Before the fix health took 76 s (then a false 503). The strict < 100 ms figure is measured
        // by bench/console-health.ts; here, on a 2-core machine shared with other runs, health's own
        // two Neo4j round trips wait for a core, so the bound is generous but still far from frozen.
        // Health's own Neo4j round trips queue behind the huge value on a starved machine (1.1 s at load 50);
        // the freeze of the issue was 76 s. The < 100 ms target is the benchmark's (bench/api/console-health.ts).
        expect(median, figures).toBeLessThan(Math.max(2000, 5 * quiet));
        expect(during.at(-1)!, figures).toBeLessThan(10_000);
        expect(rssPeak - rssBefore, figures).toBeLessThan(400);
      } finally {
        clearInterval(sampler);
        loop.disable();
      }
    },
  );

  it('still answers ordinary queries, capped rows and all', { timeout: TEST_TIMEOUT_MS }, async () => {
    const response = await consoleQuery('UNWIND range(1, 5000) AS i RETURN i');
    expect(response.status).toBe(200);
    expect(response.body.rows).toHaveLength(1000);
    expect(response.body.truncated).toBe(true);
  });
});
