/**
 * Runs one console statement in a worker thread with a bounded heap, so that results are decoded
 * here and not on the API's event loop. What Neo4j may send is capped on the socket, before
 * decoding (console-received-bytes.ts); should a result still not fit (an encrypted connection,
 * which the cap does not see), this worker dies of its heap limit and the API answers 413.
 */
import { parentPort } from 'node:worker_threads';
import neo4j from 'neo4j-driver';
import { toParams } from '../db/driver.js';
import { toPlain } from '../db/records.js';
import { RESULT_TOO_LARGE, capReceivedBytes } from './console-received-bytes.js';

export interface ConsoleJob {
  uri: string;
  user: string;
  password: string;
  database: string;
  cypher: string;
  params: Record<string, unknown>;
  timeoutMs: number;
  /** Marks the transaction (metaData.consoleRequest) so the API can find and terminate it. */
  requestId: string;
  rowCap: number;
  /** The most JSON the answer's rows may take. */
  byteCap: number;
  /** The most bytes this worker reads from Neo4j (Bolt, before decoding). */
  receivedCap: number;
}

export type ConsoleOutcome = { ok: true; columns: string[]; rows: unknown[][]; truncated: boolean } | { ok: false; code: string; message: string };

async function run(job: ConsoleJob): Promise<ConsoleOutcome> {
  // Before the driver opens its connection, so that the cap sees it from its first byte.
  const overReceivedCap = capReceivedBytes(job.receivedCap);
  const driver = neo4j.driver(job.uri, neo4j.auth.basic(job.user, job.password), {
    maxConnectionPoolSize: 1,
    connectionTimeout: 5000,
    logging: { level: 'error', logger: () => {} },
  });
  const session = driver.session({ database: job.database, defaultAccessMode: neo4j.session.READ, fetchSize: Math.min(job.rowCap + 1, 100) });
  const tx = session.beginTransaction({ timeout: job.timeoutMs, metadata: { query: 'console', consoleRequest: job.requestId } });
  let columns: string[] = [];
  const rows: unknown[][] = [];
  try {
    const result = tx.run(job.cypher, toParams(job.params) as Record<string, unknown>);
    columns = [...(await result.keys())];
    let bytes = 0;
    let truncated = false;
    for await (const record of result) {
      const row = columns.map((column) => toPlain(record.get(column)));
      bytes += JSON.stringify(row).length;
      if (rows.length >= job.rowCap || bytes > job.byteCap) {
        truncated = true;
        break;
      }
      rows.push(row);
    }
    return { ok: true, columns, rows, truncated };
  } catch (error) {
    // The connection was cut at the cap: the rows decoded before it are whole, the next one is not there.
    if (overReceivedCap()) {
      return rows.length > 0
        ? { ok: true, columns, rows, truncated: true }
        : { ok: false, code: RESULT_TOO_LARGE, message: `More than ${job.receivedCap} bytes of results before the first row.` };
    }
    const { code, message } = error as { code?: unknown; message?: unknown };
    return { ok: false, code: typeof code === 'string' ? code : 'UNKNOWN', message: typeof message === 'string' ? message : String(error) };
  } finally {
    // Nothing to keep: the transaction only read, and rolling back also drops unfetched rows.
    await tx.rollback().catch(() => {});
    await session.close().catch(() => {});
    await driver.close().catch(() => {});
  }
}

// Started ahead of time as a spare: waits for its one job, answers, and is then terminated.
if (parentPort) {
  const port = parentPort;
  port.once('message', (job: ConsoleJob) => void run(job).then((outcome) => port.postMessage(outcome)));
}
