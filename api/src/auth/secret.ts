import { randomBytes } from 'node:crypto';
import { neo4jErrorCode, type Database } from '../db/driver.js';

/**
 * The secret that signs session cookies: SESSION_SECRET when set; otherwise one generated at the
 * first start and kept in Neo4j (:AppSecret), so restarts and every instance sign alike. Two
 * instances starting together: the unique constraint lets one create it, the other reads it.
 */
export async function sessionSecret(db: Database, configured?: string): Promise<string> {
  if (configured) return configured;
  for (let attempt = 0; ; attempt++) {
    try {
      const [row] = await db.write('app-secret', { name: 'session', candidate: randomBytes(32).toString('base64url') });
      return row!.value as string;
    } catch (error) {
      if (attempt < 3 && neo4jErrorCode(error) === 'Neo.ClientError.Schema.ConstraintValidationFailed') continue;
      throw error;
    }
  }
}
