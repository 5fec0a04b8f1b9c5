/**
 * `/api/health` latency while the console works on huge results (issue 13, finding 2): the API's
 * event loop must stay free, so health answers in < 100 ms whatever the console is doing.
 */

/** Console statements whose results are far too large to answer (each ends in 4xx). */
export const HUGE_CONSOLE_QUERIES = [
  'RETURN range(1, 10000000) AS r',
  "RETURN reduce(s = 'x', i IN range(1, 26) | s + s) AS s",
  'UNWIND range(1, 2000) AS a UNWIND range(1, 1000) AS b WITH collect(b) AS l RETURN {a: l, b: l, c: l} AS m',
];

export interface HealthFigures {
  samples: number;
  p50: number;
  p95: number;
  max: number;
  /** Status of each console answer, e.g. { 408: 2, 413: 1 }. */
  console: Record<string, number>;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

async function healthOnce(baseUrl: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${baseUrl}/api/health`);
  await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`/api/health answered ${response.status}`);
  return performance.now() - started;
}

function figures(times: number[], statuses: Record<string, number>): HealthFigures {
  const sorted = [...times].sort((a, b) => a - b);
  return { samples: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1) ?? Number.NaN, console: statuses };
}

/** Health one call after another for `seconds`, with nothing else going on. */
export async function quietHealth(baseUrl: string, seconds: number): Promise<HealthFigures> {
  const times: number[] = [];
  const until = performance.now() + seconds * 1000;
  while (performance.now() < until) times.push(await healthOnce(baseUrl));
  return figures(times, {});
}

/** Health one call after another while each huge console statement runs (one at a time). */
export async function healthDuringConsole(baseUrl: string): Promise<HealthFigures> {
  const times: number[] = [];
  const statuses: Record<string, number> = {};
  for (const cypher of HUGE_CONSOLE_QUERIES) {
    let finished = false;
    const big = fetch(`${baseUrl}/api/query`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ cypher }),
    }).then(async (response) => {
      await response.arrayBuffer();
      statuses[response.status] = (statuses[response.status] ?? 0) + 1;
      finished = true;
    });
    while (!finished) times.push(await healthOnce(baseUrl));
    await big;
  }
  return figures(times, statuses);
}
