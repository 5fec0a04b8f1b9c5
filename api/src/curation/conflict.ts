import type { SuggestionConflictReason } from '../contract/curation.js';
import type { GraphEdge, GraphNode } from '../contract/graph.js';
import { HttpError, type ErrorBody } from '../errors.js';

/**
 * The element changed since the client read it: 409 with the element as it is now. A suggestion that
 * cannot be reviewed names a stable `reason` and its `params`, so the explorer can say it in French too.
 */
export class Conflict extends HttpError {
  constructor(
    message: string,
    readonly current: GraphNode | GraphEdge | null,
    readonly reason?: SuggestionConflictReason,
    readonly params: Record<string, string> = {},
  ) {
    super(409, 'CONFLICT', message);
  }

  override body(): ErrorBody {
    return { ...super.body(), current: this.current, ...(this.reason ? { reason: this.reason, params: this.params } : {}) };
  }
}

/** The stored version of an element (absent = 0: seeded and imported elements were never curated). */
export function versionOf(properties: Record<string, unknown>): number {
  const value = properties.version;
  return typeof value === 'number' ? value : 0;
}
