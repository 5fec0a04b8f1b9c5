import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';

export type TableRow = Record<string, string>;

/** Thrown when a table is missing a column or has a ragged row: the tables are wrong, not the data. */
export class TableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TableError';
  }
}

/**
 * One reference table (RFC 4180 CSV, optional BOM) as rows keyed by header, every cell trimmed.
 * The header must hold `columns`, and every row as many cells as the header.
 */
export function readTable(dir: string, file: string, columns: string[]): TableRow[] {
  const records = parse(readFileSync(path.join(dir, file), 'utf8'), { bom: true, skip_empty_lines: true, relax_column_count: true }) as string[][];
  const [header = [], ...body] = records;
  for (const column of columns) if (!header.includes(column)) throw new TableError(`${file}: missing column ${column}`);
  return body.map((cells, index) => {
    if (cells.length !== header.length) throw new TableError(`${file}: row ${index + 2} has ${cells.length} cells, header has ${header.length}`);
    return Object.fromEntries(header.map((name, k) => [name, (cells[k] ?? '').trim()]));
  });
}
