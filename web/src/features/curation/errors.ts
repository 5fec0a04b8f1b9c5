import type { SuggestionConflictReason } from '../../../../api/src/contract/curation';
import { ApiError, type GraphEdge, type GraphNode } from '../../api/client';
import type { Messages } from '../../i18n/messages';
import { refusalText } from '../documents/refusal';
import { problemReason, type ProblemReason } from './fields';

/** The form field a 400 names (`properties.start` → `start`), so the message shows next to it. */
export function fieldOf(error: unknown): string | null {
  if (!(error instanceof ApiError) || error.status !== 400) return null;
  const field = error.details.field;
  if (typeof field !== 'string') return null;
  const parts = field.split('.');
  return parts[0] === 'properties' || parts[0] === 'set' || parts[0] === 'qualifiers' ? (parts[1] ?? null) : (parts[0] ?? null);
}

/** A 400's field (its last part: `provenance.evidence` → `evidence`) and what is wrong with it. */
export function fieldProblem(error: unknown): { key: string; reason: ProblemReason } | null {
  if (!(error instanceof ApiError) || error.status !== 400 || typeof error.details.field !== 'string') return null;
  const key = error.details.field.split('.').at(-1) ?? '';
  return key ? { key, reason: problemReason(key) } : null;
}

/** A field's name in the user's language (properties, then the inputs of a write that are not properties). */
export function fieldName(t: Messages, key: string): string {
  const inputs: Record<string, string> = {
    id: t.curation.id,
    source: t.curation.provenance.source,
    from: t.curation.relationship.from,
    to: t.curation.relationship.to,
    type: t.curation.relationship.type,
    reason: t.curation.reason,
  };
  return t.properties[key] ?? inputs[key] ?? key.replaceAll('_', ' ');
}

/** Sentences of the suggestion conflicts, one per reason (web/src/i18n/curation-*.ts). */
export type ConflictSentences = Record<SuggestionConflictReason, (params: { status: string; by: string; name: string }) => string>;

/**
 * The sentence for any failed write or read of curation, review and documents, in the user's
 * language: the server's stable reason or field is translated; its English message is the last resort.
 */
export function failureText(t: Messages, error: Error): string {
  if (!(error instanceof ApiError)) return error.message;
  const { reason, params } = error.details;
  if (error.status === 409 && typeof reason === 'string' && Object.hasOwn(t.review.conflicts, reason)) {
    const values = params && typeof params === 'object' ? (params as Record<string, unknown>) : {};
    const text = (key: string) => (typeof values[key] === 'string' ? values[key] : '');
    return t.review.conflicts[reason as SuggestionConflictReason]({ status: text('status'), by: text('by'), name: text('name') });
  }
  if (typeof reason === 'string') return refusalText(t.documents.refusals, error);
  const problem = fieldProblem(error);
  if (problem) return `${t.curation.labelled(fieldName(t, problem.key))}${t.curation.problems[problem.reason]}`;
  if (error.status === 0) return t.curation.failures.network;
  if (error.status === 409) return t.curation.failures.stale;
  if (error.status === 404) return t.curation.failures.gone;
  if (error.status === 403) return t.curation.failures.forbidden;
  if (error.status >= 500) return t.curation.failures.server;
  return error.message;
}

/** The element as it is now, when a write was refused because someone else saved first (409). */
export function conflictOf(error: unknown): { current: GraphNode | GraphEdge | null } | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  return { current: (error.details.current as GraphNode | GraphEdge | null | undefined) ?? null };
}

/** The version an element was read at (absent = 0, as the API counts). */
export function versionOf(properties: Record<string, unknown>): number {
  return typeof properties.version === 'number' ? properties.version : 0;
}
