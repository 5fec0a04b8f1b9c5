import { randomUUID } from 'node:crypto';
import type { SuggestedChange, Suggestion, SuggestionCreateBody, SuggestionOrigin, SuggestionResponse } from '../contract/curation.js';
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

export function toSuggestion(stored: Record<string, unknown>): Suggestion {
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
    origin: originOf(stored),
  };
}

/** The document a suggestion was read in (set by api/src/ingest/review.ts), or null for a person's suggestion. */
function originOf(stored: Record<string, unknown>): SuggestionOrigin | null {
  if (stored.origin !== 'ingest') return null;
  const orNull = (value: unknown) => (typeof value === 'string' ? value : null);
  return {
    kind: 'ingest',
    source: String(stored.source),
    passage: String(stored.passage),
    proposal: (stored.proposal_kind as SuggestionOrigin['proposal'] | undefined) ?? 'relationship',
    confidence: Number(stored.confidence ?? 0),
    group: orNull(stored.group),
    proposes: orNull(stored.proposes),
    candidates: typeof stored.candidates === 'string' ? (JSON.parse(stored.candidates) as SuggestionOrigin['candidates']) : [],
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
    throw new Conflict(`This suggestion was already ${suggestion.status} by ${suggestion.reviewed_by ?? 'someone'}.`, null, 'suggestion-reviewed', {
      status: suggestion.status,
      by: suggestion.reviewed_by ?? '',
    });
  return suggestion;
}

/** Applies the suggested write as a change by the editor, crediting the suggester; `created` is a new entity's id. */
async function apply(tx: Transaction, context: WriteContext, suggestion: Suggestion): Promise<{ changeId: string; created?: string }> {
  const change = suggestion.change;
  switch (change.action) {
    case 'create-entity': {
      const done = await createEntity(tx, context, { ...change.body, provenance: change.body.provenance ?? suggestion.provenance });
      return { changeId: done.changeId, created: done.node.id };
    }
    case 'update-entity':
      return patchEntity(tx, context, change.id, change.body);
    case 'delete-entity':
      return deleteEntity(tx, context, change.id, change.body);
    case 'create-relationship':
      return createRelationship(tx, context, change.body);
    case 'update-relationship':
      return patchRelationship(tx, context, change.id, change.body);
    case 'delete-relationship':
      return deleteRelationship(tx, context, change.id, change.body);
  }
}

/** The open suggestions proposed together with this one (same group), without it. */
async function groupOf(tx: Transaction, suggestion: Suggestion): Promise<Suggestion[]> {
  const group = suggestion.origin?.group;
  if (!group) return [];
  const rows = await tx.run('curate-group-suggestions', { group, id: suggestion.id });
  return rows.map((row) => toSuggestion(row.suggestion as Record<string, unknown>));
}

/** A relationship of a group waits for its new entity: accepting it first would name an entity that does not exist. */
async function expectEntityAccepted(tx: Transaction, suggestion: Suggestion): Promise<void> {
  if (suggestion.origin?.proposes) return;
  const waiting = (await groupOf(tx, suggestion)).find(
    (other) => other.origin?.proposes && JSON.stringify(suggestion.change).includes(JSON.stringify(other.origin.proposes)),
  );
  if (!waiting) return;
  const name = waiting.change.action === 'create-entity' ? (waiting.change.body.properties.name_en ?? waiting.change.body.properties.name_fr) : null;
  throw new Conflict(
    `Accept the new entity${typeof name === 'string' ? ` “${name}”` : ''} of this group first: this fact names it.`,
    null,
    'entity-first',
    {
      name: typeof name === 'string' ? name : '',
    },
  );
}

/**
 * "Same as": the proposed new entity is an existing one. Nothing is created; the change records the
 * document as provenance on that entity, and the group's relationships now name it.
 */
async function acceptAsExisting(tx: Transaction, context: WriteContext, suggestion: Suggestion, existing: string): Promise<string> {
  if (suggestion.change.action !== 'create-entity' || !suggestion.origin?.proposes)
    throw new BadRequest('as: only a proposed new entity can be accepted as an existing one.', 'as');
  const [row] = await tx.run('curate-node-labels', { ids: [existing] });
  if (!row) throw new NotFound(`No entity with id "${existing}".`, 'as');
  if (row.label !== suggestion.change.body.label)
    throw new BadRequest(`as: "${existing}" is a ${String(row.label)}, not a ${suggestion.change.body.label}.`, 'as');
  return recordChange(tx, context.actor, {
    action: 'provenance',
    elementKind: 'node',
    elementId: existing,
    before: null,
    after: { sameAs: suggestion.change.body.properties, suggestion: suggestion.id },
    note: suggestion.change.body.note,
    provenance: suggestion.provenance,
    suggestedBy: context.suggestedBy,
  });
}

/**
 * Accepts a suggestion: its write and the suggestion's closing happen in one transaction. `as`
 * accepts a proposed new entity as an existing one. Once a proposed entity exists, the other
 * suggestions of its group name its real id.
 */
export async function acceptSuggestion(tx: Transaction, actor: ChangeActor, id: string, note?: string, as?: string): Promise<SuggestionResponse> {
  const suggestion = await openSuggestion(tx, id);
  const context = { actor, suggestedBy: suggestion.suggested_by };
  await expectEntityAccepted(tx, suggestion);
  let changeId: string;
  let entity: string | undefined;
  if (as !== undefined) {
    changeId = await acceptAsExisting(tx, context, suggestion, as);
    entity = as;
  } else {
    const done = await apply(tx, context, { ...suggestion, change: withNote(suggestion.change, note) });
    changeId = done.changeId;
    entity = done.created;
  }
  const { group, proposes } = suggestion.origin ?? {};
  if (group && proposes && entity) await tx.run('curate-repoint-suggestions', { group, from: JSON.stringify(proposes), to: JSON.stringify(entity) });
  const [row] = await tx.run('curate-review-suggestion', {
    id,
    status: 'accepted',
    reviewedBy: actor.name,
    reviewedAt: new Date().toISOString(),
    reason: null,
    changeId,
  });
  return { suggestion: toSuggestion(row?.suggestion as Record<string, unknown>), changeId, ...(entity ? { entity } : {}) };
}

/** The editor's note, when given, replaces the suggester's in the change record. */
function withNote(change: SuggestedChange, note: string | undefined): SuggestedChange {
  if (note === undefined || change.action.startsWith('delete')) return change;
  return { ...change, body: { ...change.body, note } } as SuggestedChange;
}

/** Rejects a suggestion with a reason (recorded as a `reject` change); a rejected new entity takes its group's facts with it. */
export async function rejectSuggestion(tx: Transaction, actor: ChangeActor, id: string, reason: string): Promise<SuggestionResponse> {
  const before = await openSuggestion(tx, id);
  const answer = await closeRejected(tx, actor, before, reason);
  if (before.origin?.proposes) for (const other of await groupOf(tx, before)) await closeRejected(tx, actor, other, reason);
  return answer;
}

async function closeRejected(tx: Transaction, actor: ChangeActor, before: Suggestion, reason: string): Promise<SuggestionResponse> {
  const [row] = await tx.run('curate-review-suggestion', {
    id: before.id,
    status: 'rejected',
    reviewedBy: actor.name,
    reviewedAt: new Date().toISOString(),
    reason,
    changeId: null,
  });
  const changeId = await recordChange(tx, actor, {
    action: 'reject',
    elementKind: 'suggestion',
    elementId: before.id,
    alsoTouches: before.target.id ? [before.target.id] : [],
    before: { status: 'open' },
    after: { status: 'rejected' },
    note: reason,
    suggestedBy: before.suggested_by,
  });
  return { suggestion: toSuggestion(row?.suggestion as Record<string, unknown>), changeId };
}
