import type { GraphEdge, GraphNode } from '../contract/graph.js';
import { HttpError, type ErrorBody } from '../errors.js';

/** The element changed since the client read it: 409 with the element as it is now. */
export class Conflict extends HttpError {
  constructor(
    message: string,
    readonly current: GraphNode | GraphEdge | null,
  ) {
    super(409, 'CONFLICT', message);
  }

  override body(): ErrorBody {
    return { ...super.body(), current: this.current };
  }
}

/** The stored version of an element (absent = 0: seeded and imported elements were never curated). */
export function versionOf(properties: Record<string, unknown>): number {
  const value = properties.version;
  return typeof value === 'number' ? value : 0;
}
