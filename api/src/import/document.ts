import type { ImportFormat } from '../contract/import.js';
import type { ImportIssue } from './issues.js';

export { IMPORT_FORMATS, type ImportFormat } from '../contract/import.js';

/** Where a statement came from, for issues. */
export interface Located {
  file: string;
  /** `nodes[3] (an-id)`, `line 12`, `edge e1`… */
  entry: string;
  line?: number;
}

/** A node as a file states it: `label`, `id` and its properties, not yet validated. */
export interface NodeStatement extends Located {
  data: Record<string, unknown>;
}

/**
 * A relationship as a file states it. `seed` statements carry one `source` (+ `evidence` or
 * `source_url`), as seed files do; `graph` statements carry the exported shape: `sources` and
 * `evidence` lists (aligned), and optionally the relationship's `id`.
 */
export interface RelationshipStatement extends Located {
  style: 'seed' | 'graph';
  data: Record<string, unknown>;
}

/** Everything one file states, in a format-neutral shape, plus the problems met while reading it. */
export interface ImportDocument {
  format: ImportFormat;
  files: string[];
  nodes: NodeStatement[];
  relationships: RelationshipStatement[];
  issues: ImportIssue[];
}

export function emptyDocument(format: ImportFormat, files: string[]): ImportDocument {
  return { format, files, nodes: [], relationships: [], issues: [] };
}

/** `nodes[3] (an-id)`: an entry name with the id when there is one. */
export function entryName(base: string, id: unknown): string {
  return typeof id === 'string' && id !== '' ? `${base} (${id})` : base;
}
