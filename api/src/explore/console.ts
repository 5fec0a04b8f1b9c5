import neo4j, { type Session } from 'neo4j-driver';
import { CONSOLE_ROW_CAP, type ConsoleRequest, type ConsoleResponse } from '../contract/query.js';
import { neo4jErrorCode, toParams, type Database } from '../db/driver.js';
import { toPlain } from '../db/records.js';
import { BadRequest, asUnavailable } from '../errors.js';
import { explainStatement, refusalReason, startsWithPlanKeyword, withoutExplainPrefix, type PlanOperator } from './console-guard.js';

/** The most JSON a console answer carries; beyond it the rows are cut like at the row cap. */
const BYTE_CAP = 5_000_000;

/** Client-side mistakes (syntax, unknown procedure, missing parameter, timeout) become 400s with Neo4j's message. */
function asBadRequest(error: unknown): unknown {
  const code = neo4jErrorCode(error) ?? '';
  if (asUnavailable(error)) return error;
  if (/TransactionTimedOut|MemoryPoolOutOfMemory|MemoryLimit/.test(code)) {
    return new BadRequest('The query took too much time or memory: add a LIMIT or narrow the MATCH.', 'cypher');
  }
  if (code.startsWith('Neo.ClientError.')) {
    return new BadRequest(withoutExplainPrefix((error as Error).message), code.includes('Parameter') ? 'params' : 'cypher');
  }
  return error;
}

/**
 * The read-only Cypher console. The statement is planned first (EXPLAIN) and refused if its plan
 * writes, loads CSV, administers or calls a procedure outside the allow-list; it then runs in a
 * READ-access transaction with a timeout, and only the first rows are fetched.
 */
export async function runConsoleQuery(db: Database, request: ConsoleRequest): Promise<ConsoleResponse> {
  if (startsWithPlanKeyword(request.cypher)) {
    throw new BadRequest('EXPLAIN and PROFILE are not available in the console: send the query itself.', 'cypher');
  }
  const params = toParams(request.params) as Record<string, unknown>;
  const timeout = db.config.queryTimeoutMs;
  const session: Session = db.driver.session({
    database: db.config.database,
    defaultAccessMode: neo4j.session.READ,
    fetchSize: CONSOLE_ROW_CAP + 1,
  });
  try {
    const planned = await session
      .executeRead((tx) => tx.run(explainStatement(request.cypher), params), { timeout })
      .catch((error: unknown) => {
        throw asBadRequest(error);
      });
    const refusal = refusalReason(planned.summary.queryType, planned.summary.plan as PlanOperator | false);
    if (refusal) throw new BadRequest(refusal, 'cypher');

    const tx = session.beginTransaction({ timeout, metadata: { query: 'console' } });
    try {
      const result = tx.run(request.cypher, params);
      const columns = [...(await result.keys())];
      const rows: unknown[][] = [];
      let bytes = 0;
      let truncated = false;
      for await (const record of result) {
        const row = columns.map((column) => toPlain(record.get(column)));
        bytes += JSON.stringify(row).length;
        if (rows.length >= CONSOLE_ROW_CAP || bytes > BYTE_CAP) {
          truncated = true;
          break;
        }
        rows.push(row);
      }
      return { columns, rows, truncated };
    } catch (error) {
      throw asBadRequest(error);
    } finally {
      // Nothing to keep: the transaction only read, and rolling back also drops unfetched rows.
      await tx.rollback().catch(() => {});
    }
  } finally {
    await session.close();
  }
}
