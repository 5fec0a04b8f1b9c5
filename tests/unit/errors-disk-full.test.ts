import express from 'express';
import { describe, expect, it } from 'vitest';
import { Neo4jAvailability } from '../../api/src/db/availability.js';
import { asHttpError, errorMiddleware, type WriteRefusal } from '../../api/src/errors.js';
import { refusedWriteReport } from '../../api/src/routes/availability-gate.js';

/** An error as neo4j-driver raises it: a message and Neo4j's status code. */
const driverError = (message: string, code: string) => Object.assign(new Error(message), { code });

/**
 * The errors Neo4j 5 gave on a full disk (its store on a full tmpfs), copied from the runs: a commit
 * that could not be appended to the log or applied to the store, then the panicked database's
 * refusal of every transaction. Each used to leave the API as a 500 "Internal error".
 */
const logAppendFailed = driverError(
  'Could not append transaction: Transaction #9 {started 2026-12-02 21:51:52.799+0000, committed 2026-12-02 21:51:53.012+0000, with 4 commands in this transaction, lease -1, latest committed transaction id when started was 6, consensusIndex: -1} to log.',
  'Neo.DatabaseError.Transaction.TransactionLogError',
);
const applyFailed = driverError(
  'Could not apply the transaction: Transaction #102 {started 2026-12-02 22:25:54.077+0000, committed 2026-12-02 22:25:54.101+0000, with 15 commands in this transaction, lease -1, latest committed transaction id when started was 100, consensusIndex: -1}',
  'Neo.DatabaseError.Transaction.TransactionCommitFailed',
);
const readOnly = driverError(
  'No write operations are allowed on this database. The database is in read-only mode on this Neo4j instance.',
  'Neo.ClientError.General.WriteOnReadOnlyAccessDatabase',
);
const panicked = driverError(
  'The database has encountered a critical error, and needs to be restarted. Please see database logs for more details.',
  'Neo.DatabaseError.Transaction.TransactionStartFailed',
);

async function answerOf(
  error: Error,
  availability?: Neo4jAvailability,
): Promise<{ status: number; retryAfter: string | null; body: { error: { code: string; message: string } } }> {
  const app = express();
  app.get('/', () => {
    throw error;
  });
  if (availability) app.use(refusedWriteReport(availability));
  app.use(errorMiddleware);
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  try {
    const { port } = server.address() as { port: number };
    const response = await fetch(`http://127.0.0.1:${port}/`);
    return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as never };
  } finally {
    server.close();
  }
}

describe('Neo4j on a full disk', () => {
  it('answers 507 INSUFFICIENT_STORAGE with a sentence when the transaction log or the store cannot be written', async () => {
    for (const error of [logAppendFailed, applyFailed]) {
      expect(asHttpError(error)?.status).toBe(507);
      const answer = await answerOf(error);
      expect(answer.status).toBe(507);
      expect(answer.body.error.code).toBe('INSUFFICIENT_STORAGE');
      expect(answer.body.error.message).toMatch(/disk is full .*not confirmed/);
    }
  });

  it('answers 503 with Retry-After and a sentence when Neo4j has made the database read-only', async () => {
    const answer = await answerOf(readOnly);
    expect(answer.status).toBe(503);
    expect(answer.retryAfter).toMatch(/^\d+$/);
    expect(answer.body.error.message).toMatch(/read-only .*writes are refused/);
  });

  it('answers 503 with Retry-After once the database has panicked and refuses every transaction', async () => {
    const answer = await answerOf(panicked);
    expect(answer.status).toBe(503);
    expect(answer.retryAfter).toMatch(/^\d+$/);
    expect(answer.body.error.code).toBe('UNAVAILABLE');
    expect(answer.body.error.message).toMatch(/critical error .*restarted/);
  });

  it('tells the availability of each write refused for storage, so the local Neo4j can be restarted (main.ts)', async () => {
    const availability = new Neo4jAvailability();
    const refusals: WriteRefusal[] = [];
    availability.onRefusedWrite((refusal) => refusals.push(refusal));
    for (const error of [logAppendFailed, applyFailed, readOnly, panicked]) await answerOf(error, availability);
    // The panic is the Bolt probe's to see (availability.ts); the answers stay as above.
    expect(refusals).toEqual(['disk-full', 'disk-full', 'read-only']);
    expect((await answerOf(readOnly, availability)).status).toBe(503);
    expect(availability.isUp).toBe(true);
  });
});
