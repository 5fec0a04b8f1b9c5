import { parse } from 'csv-parse/sync';
import { emptyDocument, entryName, type ImportDocument } from '../document.js';
import type { ImportIssue } from '../issues.js';
import { domainLabel, MODEL_FIELD_TYPES } from './labels.js';

export interface CsvFile {
  name: string;
  text: string;
}

type Cell = { value: string; quoted: boolean };

/** Splits a header `round:float` into name and type; untyped model fields get their model type. */
function column(header: string): { name: string; type: string } {
  const at = header.indexOf(':');
  if (at > 0) return { name: header.slice(0, at), type: header.slice(at + 1) };
  return { name: header, type: MODEL_FIELD_TYPES[header] ?? 'string' };
}

/** One cell as a typed value; `undefined` for an absent value (an empty, unquoted cell). */
function cellValue(cell: Cell, type: string): { value?: unknown; error?: string } {
  if (cell.value === '' && !cell.quoted) return {};
  switch (type) {
    case 'string':
      return { value: cell.value };
    case 'int':
    case 'integer':
    case 'long':
    case 'float':
    case 'double':
    case 'number': {
      const number = Number(cell.value);
      return Number.isFinite(number) && cell.value.trim() !== '' ? { value: number } : { error: `"${cell.value}" is not a number` };
    }
    case 'boolean':
      if (cell.value === 'true' || cell.value === 'false') return { value: cell.value === 'true' };
      return { error: `"${cell.value}" is not true or false` };
    case 'string[]':
      // A JSON array, as our export writes; a hand-written cell may also list items separated by ";".
      if (cell.value.trim().startsWith('[')) return json(cell.value);
      return {
        value: cell.value
          .split(';')
          .map((item) => item.trim())
          .filter(Boolean),
      };
    case 'json':
      return json(cell.value);
    default:
      return { error: `unknown column type "${type}" (use string, int, float, boolean, string[] or json)` };
  }
}

function json(text: string): { value?: unknown; error?: string } {
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    return { error: `not valid JSON: ${(error as Error).message}` };
  }
}

interface Row {
  line: number;
  values: Record<string, unknown>;
  issues: ImportIssue[];
}

/** An empty, quoted cell (`""` between delimiters): inside a quoted cell every quote is doubled, so this cannot match there. */
const QUOTED_EMPTY = /(^|,)""(,|\r?\n?$)/;

/**
 * The cells of one record, with whether each was quoted. csv-parse tells that only through `cast`,
 * which costs ten times the parse, so only records that hold an empty quoted cell take that path.
 */
function cellsOf(record: string[], raw: string): Cell[] {
  if (!QUOTED_EMPTY.test(raw)) return record.map((value) => ({ value, quoted: value !== '' }));
  const [reparsed] = parse(raw, { cast: (value, context) => ({ value, quoted: context.quoting }) }) as unknown as Cell[][];
  return reparsed ?? [];
}

/** Parses one CSV file into typed rows, with the line each record starts on. */
function readRows(file: CsvFile, issues: ImportIssue[]): { headers: string[]; rows: Row[] } {
  let records: { record: string[]; raw: string }[];
  try {
    records = parse(file.text, { bom: true, raw: true, skip_empty_lines: true, relax_column_count: false }) as unknown as {
      record: string[];
      raw: string;
    }[];
  } catch (error) {
    const lines = (error as { lines?: number }).lines;
    issues.push({
      file: file.name,
      entry: lines ? `line ${lines}` : '(file)',
      ...(lines ? { line: lines } : {}),
      field: '(file)',
      message: `not valid CSV: ${(error as Error).message}`,
    });
    return { headers: [], rows: [] };
  }
  const [header, ...body] = records;
  if (!header) return { headers: [], rows: [] };
  const columns = header.record.map((cell) => column(cell.trim()));
  const rows: Row[] = [];
  const newlines = (text: string) => text.split('\n').length - 1;
  let line = 1 + newlines(header.raw) + (header.raw.endsWith('\n') ? 0 : 1);
  for (const { record, raw } of body) {
    const row: Row = { line, values: {}, issues: [] };
    cellsOf(record, raw).forEach((cell, index) => {
      const { name, type } = columns[index] ?? { name: `column ${index + 1}`, type: 'string' };
      const { value, error } = cellValue(cell, type);
      if (error) row.issues.push({ file: file.name, entry: `line ${row.line}`, line: row.line, field: name, message: error });
      else if (value !== undefined) row.values[name] = value;
    });
    rows.push(row);
    line += newlines(raw);
  }
  return { headers: columns.map((c) => c.name), rows };
}

/** Which of two CSV files holds edges: its name says so, or its header has type and source/target. */
function isEdgeFile(name: string, headers: string[]): boolean {
  if (/(^|\/)(edges|relationships)[^/]*\.csv$/i.test(name)) return true;
  if (/(^|\/)nodes[^/]*\.csv$/i.test(name)) return false;
  return headers.includes('type') && (headers.includes('source') || headers.includes('from'));
}

/**
 * CSV as our export writes it: `nodes.csv` (id, labels, then property columns) and `edges.csv`
 * (id, type, source, target, then property columns). Headers may carry a type (`round:float`,
 * `aliases:string[]`); list cells are JSON arrays (or `;`-separated when hand-written).
 */
export function readCsvDocument(files: CsvFile[]): ImportDocument {
  const document = emptyDocument(
    'csv',
    files.map((file) => file.name),
  );
  for (const file of files) {
    const { headers, rows } = readRows(file, document.issues);
    const edges = isEdgeFile(file.name, headers);
    for (const { line, values, issues } of rows) {
      document.issues.push(...issues);
      if (edges) {
        const { source, target, from, to, ...properties } = values;
        document.relationships.push({
          file: file.name,
          entry: entryName(`line ${line}`, values.id),
          line,
          style: 'graph',
          data: { ...properties, from: from ?? source, to: to ?? target },
        });
      } else {
        const { labels, label, ...properties } = values;
        document.nodes.push({
          file: file.name,
          entry: entryName(`line ${line}`, values.id),
          line,
          data: { ...properties, label: domainLabel(labels ?? label) },
        });
      }
    }
  }
  return document;
}
