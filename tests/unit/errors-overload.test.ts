import { describe, expect, it } from 'vitest';
import { asHttpError } from '../../api/src/errors.js';

/** An error as neo4j-driver raises it: a message and Neo4j's status code. */
const driverError = (message: string, code: string) => Object.assign(new Error(message), { code });

/** Neo4j giving up for lack of time or memory is an overload (503 + Retry-After), never a 500. */
describe('Neo4j overload errors', () => {
  it('answer 503 with Retry-After for a transaction timeout or a full memory pool', () => {
    for (const code of [
      'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
      'Neo.ClientError.Transaction.TransactionTimedOut',
      'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
    ]) {
      const known = asHttpError(driverError('gave up', code));
      expect(known?.status, code).toBe(503);
      expect(known?.headers()['Retry-After']).toBeDefined();
    }
  });

  it('leaves other driver errors to the 500 of a bug', () => {
    expect(asHttpError(driverError('bad', 'Neo.ClientError.Statement.SyntaxError'))).toBeNull();
  });
});
