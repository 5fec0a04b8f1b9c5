import { neo4jErrorCode, type Database, type Transaction } from '../db/driver.js';
import { Conflict } from './conflict.js';

/**
 * Runs one curated write and its change record in ONE transaction. A uniqueness clash (two curators
 * creating the same id at once) is a 409, not a 500.
 */
export async function curationTransaction<T>(db: Database, work: (tx: Transaction) => Promise<T>): Promise<T> {
  try {
    return await db.writeTransaction(work, { metadata: { operation: 'curation' } });
  } catch (error) {
    if (neo4jErrorCode(error) === 'Neo.ClientError.Schema.ConstraintValidationFailed')
      throw new Conflict('Someone else just created an element with this id: reload and try again.', null);
    throw error;
  }
}
