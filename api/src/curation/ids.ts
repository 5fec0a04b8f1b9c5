import type { Transaction } from '../db/driver.js';
import { BadRequest } from '../errors.js';

/**
 * A generated id not taken by a node or a redirect: `base`, else `base-2`, `base-3`… A given id
 * that is taken is refused instead (the curator meant that one).
 */
export async function freeId(tx: Transaction, base: string, generated: boolean, field = 'id'): Promise<string> {
  const candidates = generated ? [base, ...Array.from({ length: 49 }, (_, i) => `${base}-${i + 2}`)] : [base];
  const taken = new Set((await tx.run('curate-node-exists', { ids: candidates })).map((row) => String(row.id)));
  const free = candidates.find((id) => !taken.has(id));
  if (!free) throw new BadRequest(`The id "${base}" is already taken${generated ? ' (and its numbered variants): give one' : ''}.`, field);
  return free;
}
