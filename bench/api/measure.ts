import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';

export interface Latencies {
  requests: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  /** Completed requests per second. */
  throughput: number;
  /** Mean bytes of an answer as received, headers included (API only: the driver has no HTTP answer). */
  bytes?: number;
  /**
   * CPU time per completed request of the process doing the work (the app's for the API, the
   * bench's own for the driver), in ms: less sensitive than latency to other work on the machine.
   */
  cpuPerRequest?: number;
}

/** CPU time (user + system, ms) a process has used so far, from /proc (Linux; NaN elsewhere). */
export function processCpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which may hold spaces: utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // In clock ticks, 100 per second on Linux (USER_HZ).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function summarise(latencies: number[], errors: number, seconds: number, bytes?: number): Latencies {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    throughput: latencies.length / seconds,
    ...(bytes === undefined ? {} : { bytes }),
  };
}

/**
 * Drives the HTTP API with autocannon. Each connection cycles through the request paths; per-request
 * times are taken from autocannon's response events so p95 can be computed exactly.
 */
export async function measureApi(baseUrl: string, paths: string[], connections: number, seconds: number, appPid?: number): Promise<Latencies> {
  const latencies: number[] = [];
  const cpuBefore = appPid === undefined ? NaN : processCpuMs(appPid);
  let errors = 0;
  let received = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url: baseUrl, connections, duration: seconds, requests: paths.map((path) => ({ method: 'GET', path })), timeout: 60 },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, statusCode, bytes, responseTime) => {
      if (statusCode >= 400) errors += 1;
      else {
        latencies.push(responseTime);
        received += bytes;
      }
    });
  });
  errors += result.errors + result.timeouts;
  const cpu = appPid === undefined ? NaN : processCpuMs(appPid) - cpuBefore;
  return { ...summarise(latencies, errors, seconds, latencies.length ? received / latencies.length : NaN), cpuPerRequest: cpu / latencies.length };
}

/**
 * Runs `work` from `concurrency` loops for `seconds`, timing each call (the driver baseline). Like
 * autocannon, it counts only calls that completed within the duration, so both sides are judged alike.
 */
export async function measureDirect(work: (i: number) => Promise<unknown>, concurrency: number, seconds: number): Promise<Latencies> {
  const latencies: number[] = [];
  let errors = 0;
  let counter = 0;
  const cpuBefore = process.cpuUsage();
  const deadline = performance.now() + seconds * 1000;
  const loop = async () => {
    while (performance.now() < deadline) {
      const started = performance.now();
      try {
        await work(counter++);
        const finished = performance.now();
        if (finished <= deadline) latencies.push(finished - started);
      } catch {
        errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, loop));
  const { user, system } = process.cpuUsage(cpuBefore);
  return { ...summarise(latencies, errors, seconds), cpuPerRequest: (user + system) / 1000 / latencies.length };
}
