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
 * One measurement's raw figures. A side is measured in several slices interleaved with the other
 * sides (main.ts), so that drift — the JIT, Neo4j's caches, other work on the machine — falls on all
 * sides alike; `pool` sums the slices.
 */
export interface Sample {
  latencies: number[];
  errors: number;
  seconds: number;
  /** Bytes received in answers (HTTP sides only). */
  bytes?: number;
  /** CPU time of the process doing the work, ms (NaN when unknown). */
  cpuMs: number;
}

/** The figures of one side from its slices. */
export function pool(samples: Sample[]): Latencies {
  const latencies = samples.flatMap((sample) => sample.latencies);
  const total = (pick: (sample: Sample) => number) => samples.reduce((sum, sample) => sum + pick(sample), 0);
  const bytes = samples.some((sample) => sample.bytes !== undefined) ? total((sample) => sample.bytes ?? 0) : undefined;
  return {
    ...summarise(
      latencies,
      total((sample) => sample.errors),
      total((sample) => sample.seconds),
      bytes === undefined ? undefined : bytes / latencies.length,
    ),
    cpuPerRequest: total((sample) => sample.cpuMs) / latencies.length,
  };
}

/**
 * Drives an HTTP server (the app, or the floor) with autocannon. Each connection cycles through the
 * request paths; per-request times are taken from autocannon's response events so p95 can be
 * computed exactly. `serverPid` is the process whose CPU time is counted.
 */
export async function measureHttp(baseUrl: string, paths: string[], connections: number, seconds: number, serverPid?: number): Promise<Sample> {
  const latencies: number[] = [];
  const cpuBefore = serverPid === undefined ? NaN : processCpuMs(serverPid);
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
  const cpuMs = serverPid === undefined ? NaN : processCpuMs(serverPid) - cpuBefore;
  return { latencies, errors, seconds, bytes: received, cpuMs };
}

/**
 * Runs `work` from `concurrency` loops for `seconds`, timing each call (the driver baseline). Like
 * autocannon, it counts only calls that completed within the duration, so both sides are judged alike.
 */
export async function measureDirect(work: (i: number) => Promise<unknown>, concurrency: number, seconds: number): Promise<Sample> {
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
  return { latencies, errors, seconds, cpuMs: (user + system) / 1000 };
}
