import { randomUUID } from 'node:crypto';
import type { Actor, Role, Via } from '../auth/actor.js';
import type { Change, ChangeAction, ElementKind, Provenance } from '../contract/curation.js';
import type { Row, Transaction } from '../db/driver.js';
import { Unauthorized } from '../errors.js';

/** Who a change is credited to: a name (never an account id or secret), a role and a path. */
export interface ChangeActor {
  name: string;
  role: Role;
  via: Via;
}

/** The actor of an authenticated request, as the audit trail records it. */
export function changeActorOf(actor: Actor): ChangeActor {
  if (actor.kind === 'anonymous') throw new Unauthorized('Sign in first: writes are recorded with their author.');
  return { name: actor.name, role: actor.role, via: actor.via };
}

export interface ChangeInput {
  action: ChangeAction;
  elementKind: ElementKind;
  elementId: string;
  /** Other element ids the change touches (relationships of a deleted node, the kept node of a merge). */
  alsoTouches?: string[];
  before: unknown;
  after: unknown;
  note?: string;
  provenance?: Provenance | { source: string; evidence?: string };
  suggestedBy?: string;
  reverts?: string;
}

/**
 * Ids are never split by this character (slugs, ISO codes and `from|TYPE|to` relationship ids).
 * Between two of them, an id matches only itself: "\u001fcity-a\u001f" is not in "\u001fcity-ab\u001f".
 */
const TOUCH_SEPARATOR = '\u001f';

/**
 * The ids a change touched as one text (`c.touches`), which a TEXT index serves for CONTAINS: a
 * history then reads the changes of its element through the index, not by scanning every change's
 * `elements` list (Neo4j indexes no membership in a list property).
 */
export function touchesText(elements: string[]): string {
  return `${TOUCH_SEPARATOR}${elements.join(TOUCH_SEPARATOR)}${TOUCH_SEPARATOR}`;
}

/** What `c.touches` contains when the change touched `id`. */
export function touchNeedle(id: string): string {
  return touchesText([id]);
}

/**
 * Records one change in the caller's transaction: every write path calls this inside the
 * transaction of its write, so a write and its record commit or roll back together.
 */
export async function recordChange(tx: Transaction, actor: ChangeActor, input: ChangeInput): Promise<string> {
  const id = `change-${randomUUID()}`;
  const elements = [...new Set([input.elementId, ...(input.alsoTouches ?? [])])];
  await tx.run('curate-record-change', {
    change: {
      id,
      at: new Date().toISOString(),
      actor: actor.name,
      role: actor.role,
      via: actor.via,
      action: input.action,
      element_kind: input.elementKind,
      element_id: input.elementId,
      elements,
      touches: touchesText(elements),
      before: JSON.stringify(input.before ?? null),
      after: JSON.stringify(input.after ?? null),
      provenance: input.provenance ? JSON.stringify(input.provenance) : null,
      note: input.note ?? null,
      suggested_by: input.suggestedBy ?? null,
      reverts: input.reverts ?? null,
    },
  });
  return id;
}

const parse = (text: unknown): unknown => (typeof text === 'string' ? JSON.parse(text) : null);
const orNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** A stored :Change node as the API answers it (before/after parsed back from JSON text). */
export function toChange(stored: Row): Change {
  return {
    id: String(stored.id),
    at: String(stored.at),
    actor: String(stored.actor),
    role: String(stored.role),
    via: stored.via as Change['via'],
    action: stored.action as Change['action'],
    element_kind: stored.element_kind as Change['element_kind'],
    element_id: String(stored.element_id),
    before: parse(stored.before),
    after: parse(stored.after),
    note: orNull(stored.note),
    suggested_by: orNull(stored.suggested_by),
    reverts: orNull(stored.reverts),
    reverted_by: orNull(stored.reverted_by),
  };
}
