import type { SeedIssue } from '../seed/validate.js';

/**
 * One problem in an import file, located precisely enough to fix it: the seed validator's shape
 * ({file, entry, field, message}) plus the line, where the format has lines (CSV, JSON Lines,
 * GraphML). `entry` names the element: `nodes[3] (fixture-obrien)`, `edges.csv line 12`…
 */
export interface ImportIssue extends SeedIssue {
  line?: number;
}

// The error lives with the other HTTP errors (422 IMPORT_INVALID); re-exported for the import modules.
export { ImportValidationError } from '../errors.js';
