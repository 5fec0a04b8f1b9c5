import { randomUUID } from 'node:crypto';
import type { SuggestedChange, Suggestion, SuggestionCreateBody, SuggestionResponse } from '../contract/curation.js';
import type { Database, Transaction } from '../db/driver.js';
import { BadRequest, NotFound } from '../errors.js';
import { recordChange, type ChangeActor } from './audit.js';
import { Conflict } from './conflict.js';
import { createEntity, deleteEntity, patchEntity, type WriteContext } from './entities.js';
import { createRelationship, deleteRelationship, patchRelationship } from './relationships.js';

/** What a suggested change is about, derived from its action (and checked against a given target). */
function targetOf(change: SuggestedChange): Suggestion['target'] {
  if (change.action === 'create-entity' || change.action === 'create-relationship') return { kind: 'new', id: null };
  return { kind: change.action.endsWith('entity') ? 'node' : 'relationship', id: change.id };
}

function toSuggestion(stored: Record<string, unknown>): Suggestion {
  const orNull = (value: unknown) => (typeof value === 'string' ? value : null);
  return {
    id: String(stored.id),
    status: stored.status as Suggestion['status'],
    created_at: String(stored.created_at),
    suggested_by: String(stored.suggested_by),
    target: { kind: stored.target_kind as Suggestion['target']['kind'], id: orNull(stored.target_id) },
    change: JSON.parse(String(stored.change)) as SuggestedChange,
    provenance: JSON.parse(String(stored.provenance)) as Suggestion['provenance'],
    note: orNull(stored.note),
    reviewed_by: orNull(stored.reviewed_by),
    reviewed_at: orNull(stored.reviewed_at),
    reason: orNull(stored.reason),
    changeId: orNull(stored.change_id),
  };
}

/** Queues a correction (viewer and up); recorded as a `suggest` change. */
export async function createSuggestion(tx: Transaction, actor: ChangeActor, body: SuggestionCreateBody): Promise<SuggestionResponse> {
  const target = targetOf(body.change);
  if (body.target && (body.target.kind !== target.kind || (body.target.id ?? null) !== target.id))
    throw new BadRequest(`target: does not match the suggested change (${target.kind}${target.id ? ` ${target.id}` : ''})`, 'target');
  const id = `suggestion-${randomUUID()}`;
  const [row] = await tx.run('curate-create-suggestion', {
    suggestion: {
      id,
      status: 'open',
      created_at: new Date().toISOString(),
      suggested_by: actor.name,
      target_kind: target.kind,
      target_id: target.id,
      change: JSON.stringify(body.change),
      provenance: JSON.stringify(body.provenance),
      note: body.note ?? null,
    },
  });
  const suggestion = toSuggestion(row?.suggestion as Record<string, unknown>);
  const changeId = await recordChange(tx, actor, {
    action: 'suggest',
    elementKind: 'suggestion',
    elementId: id,
    alsoTouches: target.id ? [target.id] : [],
    before: null,
    after: { change: body.change },
    note: body.note,
    provenance: body.provenance,
  });
  return { suggestion, changeId };
}

/** The review queue (editor). */
export async function listSuggestions(db: Database, status: Suggestion['status'], limit: number): Promise<Suggestion[]> {
  return (await db.read('curate-suggestions', { status, limit })).map((row) => toSuggestion(row.suggestion as Record<string, unknown>));
}

async function openSuggestion(tx: Transaction, id: string): Promise<Suggestion> {
  const [row] = await tx.run('curate-lock-suggestion', { id });
  if (!row) throw new NotFound(`No suggestion with id "${id}"`, 'id');
  const suggestion = toSuggestion(row.suggestion as Record<string, unknown>);
  if (suggestion.status !== 'open')
    throw new Conflict(`This suggestion was already ${suggestion.status} by ${suggestion.reviewed_by ?? 'someone'}.`, null);
  return suggestion;
}

/** Applies the suggested write as a change by the editor, crediting the suggester. */
async function apply(tx: Transaction, context: WriteContext, suggestion: Suggestion): Promise<string> {
  const change = suggestion.change;
  switch (change.action) {
    case 'create-entity':
      return (await createEntity(tx, context, { ...change.body, provenance: change.body.provenance ?? suggestion.provenance })).changeId;
    case 'update-entity':
      return (await patchEntity(tx, context, change.id, change.body)).changeId;
    case 'delete-entity':
      return (await deleteEntity(tx, context, change.id, change.body)).changeId;
    case 'create-relationship':
      return (await createRelationship(tx, context, change.body)).changeId;
    case 'update-relationship':
      return (await patchRelationship(tx, context, change.id, change.body)).changeId;
    case 'delete-relationship':
      return (await deleteRelationship(tx, context, change.id, change.body)).changeId;
  }
}

/** Accepts a suggestion: its write and the suggestion's closing happen in one transaction. */
export async function acceptSuggestion(tx: Transaction, actor: ChangeActor, id: string, note?: string): Promise<SuggestionResponse> {
  const suggestion = await openSuggestion(tx, id);
  const changeId = await apply(tx, { actor, suggestedBy: suggestion.suggested_by }, { ...suggestion, change: withNote(suggestion.change, note) });
  const [row] = await tx.run('curate-review-suggestion', {
    id,
    status: 'accepted',
    reviewedBy: actor.name,
    reviewedAt: new Date().toISOString(),
    reason: null,
    changeId,
  });
  return { suggestion: toSuggestion(row?.suggestion as Record<string, unknown>), changeId };
}

/** The editor's note, when given, replaces the suggester's in the change record. */
function withNote(change: SuggestedChange, note: string | undefined): SuggestedChange {
  if (note === undefined || change.action.startsWith('delete')) return change;
  return { ...change, body: { ...change.body, note } } as SuggestedChange;
}

/** Rejects a suggestion with a reason (recorded as a `reject` change). */
export async function rejectSuggestion(tx: Transaction, actor: ChangeActor, id: string, reason: string): Promise<SuggestionResponse> {
  const before = await openSuggestion(tx, id);
  const [row] = await tx.run('curate-review-suggestion', {
    id,
    status: 'rejected',
    reviewedBy: actor.name,
    reviewedAt: new Date().toISOString(),
    reason,
    changeId: null,
  });
  const changeId = await recordChange(tx, actor, {
    action: 'reject',
    elementKind: 'suggestion',
    elementId: id,
    alsoTouches: before.target.id ? [before.target.id] : [],
    before: { status: 'open' },
    after: { status: 'rejected' },
    note: reason,
    suggestedBy: before.suggested_by,
  });
  return { suggestion: toSuggestion(row?.suggestion as Record<string, unknown>), changeId };
}
