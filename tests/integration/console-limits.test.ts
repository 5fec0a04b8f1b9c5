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
const TIMEOUT_MS = 3000;
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
  it('refuses at once the never-ending expression of the issue, so Neo4j never runs it', async () => {
    const started = Date.now();
    const response = await consoleQuery('RETURN size(reduce(s = "", x IN range(1, 100000000) | s + "x")) AS n');
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS + CONSOLE_DEADLINE_MARGIN_MS + 10_000);
    expect(response.status).toBe(400);
    expect(response.body.error.field).toBe('cypher');
    expect(response.body.error.message).toMatch(/range\(\) may produce at most/);
    expect(await consoleTransactions()).toEqual([]);
  });

  it('answers a long query with 408 within the timeout and a margin, and Neo4j no longer runs it', async () => {
    for (let run = 0; run < 2; run += 1) {
      const started = Date.now();
      // A trillion rows: far more than the timeout allows; a space makes each run a new statement.
      const response = await consoleQuery(
        `UNWIND range(1, 1000000) AS a UNWIND range(1, 1000000) AS b WITH a, b WHERE a * b = -1 RETURN count(*) AS n${' '.repeat(run)}`,
      );
      const elapsed = Date.now() - started;
      expect(response.status, JSON.stringify(response.body)).toBe(408);
      expect(response.body.error.message).toMatch(/longer than 3000 ms/);
      expect(response.body.error.field).toBe('cypher');
      // Planning (EXPLAIN) and a cold worker at load 30 took up to 4.6 s more: a generous margin, still far below "never" (unfixed) or 32 s (the issue).
      expect(elapsed).toBeLessThan(TIMEOUT_MS + CONSOLE_DEADLINE_MARGIN_MS + 10_000);
      expect(await waitUntil(async () => (await consoleTransactions()).length === 0, 5000), (await consoleTransactions()).join('\n')).toBe(true);
    }
  });
});

describe('a huge console result (finding 2)', () => {
  it('never freezes the API: health answers in < 100 ms meanwhile, and the API process does not balloon', async () => {
    const quiet = await healthMedianMs(9);
    const rssBefore = rssMb();
    let rssPeak = rssBefore;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, rssMb())), 50);
    // The API runs in this process: its event loop must stay free while the result is decoded.
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    let finished = false;
    // Ten million integers in one value (each range() stays under the console's range cap).
    const big = consoleQuery('RETURN [a IN range(1, 1000) | [b IN range(1, 10000) | b]] AS r').finally(() => (finished = true));
    try {
      // Sample health while the console query is running, as often as it lets us.
      const medians: number[] = [];
      while (!finished && medians.length < 10) medians.push(await healthMedianMs(5));
      const response = await big;
      expect(response.status, JSON.stringify(response.body).slice(0, 300)).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(response.body.error.message).toMatch(/too large|too much|longer than/);
      expect(medians.length).toBeGreaterThan(0);
      medians.sort((a, b) => a - b);
      const median = medians[Math.floor(medians.length / 2)]!;
      loop.disable();
      const loopP50 = loop.percentile(50) / 1e6;
      expect(loopP50, `event-loop delay p50 ${loopP50.toFixed(0)} ms, max ${(loop.max / 1e6).toFixed(0)} ms`).toBeLessThan(100);
      // 100 ms, or five times the quiet median on a machine so busy (load 30 on 2 cores) that
      // health's own Neo4j round trips slow down while Neo4j streams the big value; before the fix
      // health took over a minute.
      expect(median, `health medians ${medians.map((m) => m.toFixed(0)).join(', ')} ms (quiet ${quiet.toFixed(0)} ms)`).toBeLessThan(
        Math.max(100, 5 * quiet),
      );
      expect(rssPeak - rssBefore, `RSS grew from ${rssBefore.toFixed(0)} to ${rssPeak.toFixed(0)} MB`).toBeLessThan(400);
    } finally {
      clearInterval(sampler);
      loop.disable();
      await big.catch(() => {});
    }
  });

  it('still answers ordinary queries, capped rows and all', async () => {
    const response = await consoleQuery('UNWIND range(1, 5000) AS i RETURN i');
    expect(response.status).toBe(200);
    expect(response.body.rows).toHaveLength(1000);
    expect(response.body.truncated).toBe(true);
  });
});
