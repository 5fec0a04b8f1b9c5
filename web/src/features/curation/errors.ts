import { ApiError, type GraphEdge, type GraphNode } from '../../api/client';

/** The form field a 400 names (`properties.start` → `start`), so the message shows next to it. */
export function fieldOf(error: unknown): string | null {
  if (!(error instanceof ApiError) || error.status !== 400) return null;
  const field = error.details.field;
  if (typeof field !== 'string') return null;
  const parts = field.split('.');
  return parts[0] === 'properties' || parts[0] === 'set' || parts[0] === 'qualifiers' ? (parts[1] ?? null) : (parts[0] ?? null);
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
