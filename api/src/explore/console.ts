import { randomUUID } from 'node:crypto';
import type { Worker } from 'node:worker_threads';
import neo4j, { type Session } from 'neo4j-driver';
import { CONSOLE_ROW_CAP, type ConsoleRequest, type ConsoleResponse } from '../contract/query.js';
import { neo4jErrorCode, toParams, type Database } from '../db/driver.js';
import { startModuleWorker } from '../worker-thread.js';
import { BadRequest, ConsoleTimeout, PayloadTooLarge, Unavailable, asUnavailable } from '../errors.js';
import { explainStatement, refusalReason, startsWithPlanKeyword, withoutExplainPrefix, type PlanOperator } from './console-guard.js';
import { boundExpressionLoops, iterationRefusal, type BoundedStatement } from './console-bounds.js';
import { clauseRefusal } from './console-clauses.js';
import { tokenize } from './console-tokens.js';
import type { ConsoleJob, ConsoleOutcome } from './console-worker.js';
import { RESULT_TOO_LARGE } from './console-received-bytes.js';

/** The most JSON a console answer carries; beyond it the rows are cut like at the row cap. */
const BYTE_CAP = 5_000_000;
/**
 * The most a console statement's worker reads from Neo4j, in Bolt bytes before decoding
 * (console-received-bytes.ts). Decoding costs per value, not per byte: a byte can be a whole
 * integer, ~60 bytes of heap once decoded, so 1 MiB of the smallest integers still fits the
 * worker's heap; a first row larger than this is refused with 413, later rows are cut (truncated).
 */
export const CONSOLE_RECEIVED_BYTES = 1024 * 1024;
/** Heap of the worker that decodes one console result: a bigger result is refused, not decoded. */
export const CONSOLE_WORKER_HEAP_MB = 96;
/** After the transaction timeout, how long the API waits for Neo4j before it answers 408 itself. */
export const CONSOLE_DEADLINE_MARGIN_MS = 1000;
/** Console statements running at once; more get 503 + Retry-After (each holds a worker and a Neo4j thread). */
export const CONSOLE_CONCURRENCY = 4;

let running = 0;

/** Client-side mistakes (syntax, unknown procedure, missing parameter, timeout) become 4xx with Neo4j's message. */
function asClientError(code: string, message: string, timeoutMs: number, iterationCap: number): Error | null {
  if (code === RESULT_TOO_LARGE) {
    return new PayloadTooLarge(
      `The result is too large for the console: its first row alone is more than ${CONSOLE_RECEIVED_BYTES / 1024 / 1024} MB from Neo4j. ` +
        'Return fewer or smaller values, e.g. size(list), a slice list[0..100] or a LIMIT.',
      'cypher',
    );
  }
  const overCap = iterationRefusal(message, iterationCap);
  if (overCap) return new BadRequest(overCap, 'cypher');
  if (/TransactionTimedOut|Terminated/.test(code)) return new ConsoleTimeout(timeoutMs);
  if (/MemoryPoolOutOfMemory|MemoryLimit/.test(code)) {
    return new BadRequest('The query needs more memory than a console transaction may use: add a LIMIT or narrow the MATCH.', 'cypher');
  }
  if (code.startsWith('Neo.ClientError.')) return new BadRequest(withoutExplainPrefix(message), code.includes('Parameter') ? 'params' : 'cypher');
  return null;
}

function rethrow(error: unknown, timeoutMs: number, iterationCap = 0): never {
  // The console's own timeout and memory answers first: for the console they are the client's query, not an overload.
  const clientError = asClientError(neo4jErrorCode(error) ?? '', (error as Error).message, timeoutMs, iterationCap);
  throw clientError ?? asUnavailable(error) ?? error;
}

/**
 * Console transactions Neo4j still runs, including terminated ones whose expression has not
 * ended yet: they hold a Neo4j thread each, so they count against CONSOLE_CONCURRENCY.
 */
async function consoleTransactionsInNeo4j(db: Database, timeoutMs: number): Promise<number> {
  const session: Session = db.driver.session({ database: db.config.database });
  try {
    const result = await session.run(db.queries.get('console-running'));
    return Number(result.records[0]?.get('running') ?? 0);
  } catch (error) {
    // Part of the console request: a timeout here is the console's 408, not a busy server's 503.
    rethrow(error, timeoutMs);
  } finally {
    await session.close();
  }
}

/** Plans a statement (EXPLAIN) and refuses it unless the plan only reads; returns its column names. */
async function checkPlan(db: Database, cypher: string, params: Record<string, unknown>, timeout: number): Promise<string[]> {
  const session: Session = db.driver.session({ database: db.config.database, defaultAccessMode: neo4j.session.READ });
  try {
    const planned = await session
      .executeRead(
        async (tx) => {
          const result = tx.run(explainStatement(cypher), toParams(params) as Record<string, unknown>);
          return { columns: [...(await result.keys())], summary: await result.summary() };
        },
        { timeout },
      )
      .catch((error: unknown) => rethrow(error, timeout));
    const refusal = refusalReason(planned.summary.queryType, planned.summary.plan as PlanOperator | false);
    if (refusal) throw new BadRequest(refusal, 'cypher');
    return planned.columns;
  } finally {
    await session.close();
  }
}

/** Terminates the console transaction of one request, if Neo4j still runs it (best effort). */
async function terminateConsoleTransaction(db: Database, requestId: string): Promise<void> {
  const session: Session = db.driver.session({ database: db.config.database });
  try {
    const found = await session.run(db.queries.get('console-transactions'), { requestId });
    const ids = found.records.map((record) => record.get('transactionId') as string);
    if (ids.length > 0) await session.run(db.queries.get('console-terminate'), { ids });
  } catch {
    // The transaction may have ended meanwhile; its own timeout still applies.
  } finally {
    await session.close();
  }
}

let spare: Worker | undefined;

function spawnWorker(): Worker {
  const worker = startModuleWorker(import.meta.url, './console-worker', {
    resourceLimits: { maxOldGenerationSizeMb: CONSOLE_WORKER_HEAP_MB, maxYoungGenerationSizeMb: 16 },
  });
  // A spare that dies idle (it should not) is simply replaced at the next request.
  worker.once('error', () => {});
  worker.unref();
  return worker;
}

/**
 * Starts the spare worker now (npm start does, once listening): loading one takes seconds on a
 * busy machine (3.1 s for the first console request at load 5, 0.2–0.6 s once a spare existed).
 */
export function keepConsoleWorkerReady(): void {
  if (!spare || spare.threadId < 0) spare = spawnWorker();
}

/** A worker ready for one job; starting one takes a moment, so a spare is always kept warm. */
function takeWorker(): Worker {
  const worker = spare && spare.threadId >= 0 ? spare : spawnWorker();
  spare = spawnWorker();
  return worker;
}

/** Runs the statement in a worker with a bounded heap; resolves with its outcome, or rejects on the deadline. */
function runInWorker(db: Database, job: ConsoleJob, deadlineMs: number): Promise<ConsoleOutcome> {
  return new Promise<ConsoleOutcome>((resolve, reject) => {
    const worker = takeWorker();
    let settled = false;
    const settle = (action: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      action();
      void worker.terminate();
    };
    const timer = setTimeout(() => settle(() => reject(new ConsoleTimeout(job.timeoutMs))), deadlineMs);
    worker.once('message', (outcome: ConsoleOutcome) => settle(() => resolve(outcome)));
    worker.on('error', (error: Error & { code?: string }) =>
      settle(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new PayloadTooLarge(
                `The result is too large for the console (more than ${CONSOLE_WORKER_HEAP_MB} MB in memory): return fewer or smaller values, e.g. size(list) or a LIMIT.`,
                'cypher',
              )
            : error,
        ),
      ),
    );
    worker.once('exit', () => settle(() => reject(new Error('The console worker exited without an answer.'))));
    worker.postMessage(job);
  }).catch((error: unknown) => {
    // The worker is gone, but Neo4j may still run its transaction: end it now, not at its timeout.
    // In the background: on a starved machine SHOW/TERMINATE took seconds, and the client's time is up.
    void terminateConsoleTransaction(db, job.requestId);
    throw error;
  });
}

/** A console request whose text passed every check that needs no database. */
export interface ConsoleStatement {
  request: ConsoleRequest;
  bounded: BoundedStatement;
}

/**
 * Everything the console refuses from the text alone, before any database round trip (the route
 * checks access only after this, as that reads accounts from Neo4j): EXPLAIN/PROFILE, write and
 * administration clauses, procedures outside the allow-list, expressions nested or chained deeper
 * than Neo4j can plan, literal loops and values over the caps. 400 naming `cypher`.
 */
export function prepareConsoleStatement(request: ConsoleRequest): ConsoleStatement {
  if (startsWithPlanKeyword(request.cypher)) {
    throw new BadRequest('EXPLAIN and PROFILE are not available in the console: send the query itself.', 'cypher');
  }
  const clause = clauseRefusal(tokenize(request.cypher));
  if (clause) throw new BadRequest(clause, 'cypher');
  try {
    return { request, bounded: boundExpressionLoops(request.cypher, request.params) };
  } catch (error) {
    throw new BadRequest((error as Error).message, 'cypher');
  }
}

/**
 * The read-only Cypher console. The statement is planned first (EXPLAIN) and refused if its plan
 * writes, loads CSV, administers or calls a procedure outside the allow-list; it then runs in a
 * READ-access transaction with a timeout, in a worker thread with a bounded heap, and only the
 * first rows are fetched. When the time is up the API answers 408 and terminates the transaction.
 */
export async function runConsoleQuery(db: Database, { request, bounded }: ConsoleStatement): Promise<ConsoleResponse> {
  // One deadline for the whole request: planning and the concurrency check spend the same budget.
  const started = Date.now();
  const timeout = db.config.queryTimeoutMs;
  // The user's own text first, so that Neo4j's messages point at what they wrote; then what runs.
  const columns = await checkPlan(db, request.cypher, request.params, timeout);
  const rewritten = bounded.cypher !== request.cypher;
  if (rewritten) await checkPlan(db, bounded.cypher, bounded.params, timeout);

  if (running >= CONSOLE_CONCURRENCY) {
    throw new Unavailable(`The console already runs ${CONSOLE_CONCURRENCY} statements; retry shortly.`);
  }
  running += 1;
  try {
    const inNeo4j = await consoleTransactionsInNeo4j(db, timeout);
    if (inNeo4j >= CONSOLE_CONCURRENCY) {
      throw new Unavailable(`Neo4j still runs ${inNeo4j} console statements (a stopped expression runs until it ends by itself); retry shortly.`);
    }
    const { uri, user, password, database } = db.config;
    const job: ConsoleJob = {
      uri,
      user,
      password,
      database,
      cypher: bounded.cypher,
      params: bounded.params,
      timeoutMs: timeout,
      requestId: randomUUID(),
      rowCap: CONSOLE_ROW_CAP,
      byteCap: BYTE_CAP,
      receivedCap: CONSOLE_RECEIVED_BYTES,
    };
    const left = timeout + CONSOLE_DEADLINE_MARGIN_MS - (Date.now() - started);
    const outcome = await runInWorker(db, job, Math.max(CONSOLE_DEADLINE_MARGIN_MS, left));
    // An unnamed column is named by its expression: the user's text, not the checked rewrite.
    if (outcome.ok)
      return {
        columns: rewritten && columns.length === outcome.columns.length ? columns : outcome.columns,
        rows: outcome.rows,
        truncated: outcome.truncated,
      };
    rethrow(Object.assign(new Error(outcome.message), { code: outcome.code }), timeout, bounded.cap);
  } finally {
    running -= 1;
  }
}
