import type { FuzzRequest } from './fuzz-requests.js';

export interface FuzzFailure {
  request: FuzzRequest;
  /** A 5xx status, 'hang' (no answer within the timeout), 'network' (connection dropped) or 'shape' (a 4xx without our error body). */
  problem: string;
  detail: string;
}

export interface FuzzReport {
  total: number;
  byStatus: Record<string, number>;
  byRoute: Record<string, number>;
  failures: FuzzFailure[];
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  seconds: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Sends one request; judges the answer: never 5xx, never a hang, and a 4xx from /api says why in our error shape. */
async function send(
  baseUrl: string,
  request: FuzzRequest,
  timeoutMs: number,
): Promise<{ status: number | string; ms: number; failure?: FuzzFailure }> {
  const started = performance.now();
  try {
    const response = await fetch(`${baseUrl}${request.url}`, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'manual',
    });
    const text = await response.text();
    const ms = performance.now() - started;
    if (response.status >= 500)
      return { status: response.status, ms, failure: { request, problem: String(response.status), detail: text.slice(0, 300) } };
    if (response.status >= 400 && response.status !== 405 && request.url.startsWith('/api/')) {
      let message: unknown;
      try {
        message = (JSON.parse(text) as { error?: { message?: unknown } }).error?.message;
      } catch {
        message = undefined;
      }
      if (typeof message !== 'string' || message.length === 0) {
        return {
          status: response.status,
          ms,
          failure: { request, problem: 'shape', detail: `${response.status} without { error: { message } }: ${text.slice(0, 200)}` },
        };
      }
    }
    return { status: response.status, ms };
  } catch (error) {
    const ms = performance.now() - started;
    const name = (error as Error).name;
    const problem = name === 'TimeoutError' ? 'hang' : 'network';
    return {
      status: problem,
      ms,
      failure: { request, problem, detail: `${name}: ${(error as Error).message}; cause: ${String((error as { cause?: unknown }).cause ?? '')}` },
    };
  }
}

/** Sends every request with `concurrency` in flight and returns the figures and the failures. */
export async function runFuzz(
  baseUrl: string,
  requests: FuzzRequest[],
  { concurrency = 2, timeoutMs = 30_000, onProgress }: { concurrency?: number; timeoutMs?: number; onProgress?: (done: number) => void } = {},
): Promise<FuzzReport> {
  const started = performance.now();
  const byStatus: Record<string, number> = {};
  const byRoute: Record<string, number> = {};
  const failures: FuzzFailure[] = [];
  const latencies: number[] = [];
  let next = 0;
  let done = 0;
  const worker = async () => {
    for (;;) {
      const index = next++;
      if (index >= requests.length) return;
      const request = requests[index]!;
      const outcome = await send(baseUrl, request, timeoutMs);
      byStatus[outcome.status] = (byStatus[outcome.status] ?? 0) + 1;
      byRoute[request.route] = (byRoute[request.route] ?? 0) + 1;
      latencies.push(outcome.ms);
      if (outcome.failure) failures.push(outcome.failure);
      done += 1;
      if (onProgress && done % 500 === 0) onProgress(done);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  latencies.sort((a, b) => a - b);
  return {
    total: requests.length,
    byStatus,
    byRoute,
    failures,
    latencyMs: { p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), max: latencies.at(-1) ?? 0 },
    seconds: (performance.now() - started) / 1000,
  };
}

/** One line per failure, short enough to read. */
export function describeFailures(failures: FuzzFailure[], limit = 20): string {
  return failures
    .slice(0, limit)
    .map(
      (f) =>
        `${f.problem} ${f.request.method} ${f.request.url.slice(0, 200)} ${JSON.stringify(f.request.headers)} ${f.request.body?.slice(0, 120) ?? ''} → ${f.detail}`,
    )
    .join('\n');
}
