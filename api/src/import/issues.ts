import type { SeedIssue } from '../seed/validate.js';

/**
 * One problem in an import file, located precisely enough to fix it: the seed validator's shape
 * ({file, entry, field, message}) plus the line, where the format has lines (CSV, JSON Lines,
 * GraphML). `entry` names the element: `nodes[3] (fixture-obrien)`, `edges.csv line 12`…
 */
export interface ImportIssue extends SeedIssue {
  line?: number;
}

/** Thrown when anything in an import is invalid; carries every issue, and nothing was written. */
export class ImportValidationError extends Error {
  constructor(readonly issues: ImportIssue[]) {
    super(
      `The import is invalid (${issues.length} issue${issues.length === 1 ? '' : 's'}); nothing was written:\n` +
        issues
          .slice(0, 200)
          .map((issue) => `  ${issue.file} ${issue.entry} ${issue.field}: ${issue.message}`)
          .join('\n') +
        (issues.length > 200 ? `\n  … and ${issues.length - 200} more` : ''),
    );
    this.name = 'ImportValidationError';
  }
}
