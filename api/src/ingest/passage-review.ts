import type { SuggestedChange } from '../contract/curation.js';
import type { PassageReviewResponse } from '../contract/documents.js';
import type { ChangeActor } from '../curation/audit.js';
import { acceptSuggestion, rejectSuggestion } from '../curation/suggestions.js';
import type { Transaction } from '../db/driver.js';
import { DocumentNotFound } from './errors.js';

async function openOf(tx: Transaction, passage: string, entitiesFirst: boolean): Promise<string[]> {
  const [row] = await tx.run('document-passage-suggestions', { id: passage, entitiesFirst });
  if (!row) throw new DocumentNotFound('passage-not-found', passage);
  return (row.suggestions as string[]) ?? [];
}

/** The entities an accepted change names: the ends of a fact. */
function endsOf(change: SuggestedChange): string[] {
  return change.action === 'create-relationship' ? [change.body.from, change.body.to] : [];
}

/**
 * Accepts every open suggestion of a passage in the caller's transaction: new entities first, so
 * the facts of their group name them; all or nothing (one refused write refuses the group).
 */
export async function acceptPassage(tx: Transaction, actor: ChangeActor, passage: string, note?: string): Promise<PassageReviewResponse> {
  const answer: PassageReviewResponse = { reviewed: [], changeIds: [], entities: [] };
  for (const id of await openOf(tx, passage, true)) {
    const { changeId, entity, suggestion } = await acceptSuggestion(tx, actor, id, note);
    answer.reviewed.push(id);
    if (changeId) answer.changeIds.push(changeId);
    answer.entities.push(...(entity ? [entity] : []), ...endsOf(suggestion.change));
  }
  answer.entities = [...new Set(answer.entities)];
  return answer;
}

/** Rejects every open suggestion of a passage with one reason (facts before the new entities they name). */
export async function rejectPassage(tx: Transaction, actor: ChangeActor, passage: string, reason: string): Promise<PassageReviewResponse> {
  const answer: PassageReviewResponse = { reviewed: [], changeIds: [], entities: [] };
  for (const id of await openOf(tx, passage, false)) {
    const { changeId } = await rejectSuggestion(tx, actor, id, reason);
    answer.reviewed.push(id);
    if (changeId) answer.changeIds.push(changeId);
  }
  return answer;
}
