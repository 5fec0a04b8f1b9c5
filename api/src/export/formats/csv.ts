import { stringify } from 'csv-stringify/sync';
import { Zip, ZipDeflate } from 'fflate';
import type { PropertyKey, PropertyType } from '../properties.js';
import type { ExportSink } from '../sink.js';
import type { FormatWriter } from './format.js';
import { valueText } from './values.js';

/** The type suffix of a CSV column (`round:float`, `aliases:string[]`); plain text columns have none. */
export const CSV_TYPE_SUFFIX: Record<PropertyType, string> = {
  string: '',
  integer: ':int',
  float: ':float',
  boolean: ':boolean',
  'string[]': ':string[]',
  json: ':json',
};

const ROWS_PER_BATCH = 500;
const encoder = new TextEncoder();

/** One CSV file inside the zip, written in batches of rows through csv-stringify. */
export class CsvEntry {
  private rows: (string | undefined)[][] = [];
  private headerWritten = false;
  private readonly file: ZipDeflate;

  constructor(
    zip: Zip,
    name: string,
    private readonly header: string[],
  ) {
    this.file = new ZipDeflate(name, { level: 3 });
    zip.add(this.file);
  }

  add(row: (string | undefined)[]): void {
    this.rows.push(row);
    if (this.rows.length >= ROWS_PER_BATCH) this.flush(false);
  }

  /** Strings are quoted, absent values are left empty: an empty quoted cell is an empty string. */
  flush(final: boolean): void {
    if (this.rows.length > 0 || !this.headerWritten || final) {
      const text = stringify(this.headerWritten ? this.rows : [this.header, ...this.rows], {
        bom: !this.headerWritten,
        quoted_string: true,
        record_delimiter: '\n',
      });
      this.headerWritten = true;
      this.rows = [];
      this.file.push(encoder.encode(text), final);
    }
  }
}

function columns(keys: PropertyKey[]): { header: string[]; keys: PropertyKey[] } {
  const rest = keys.filter((key) => key.name !== 'id');
  return { header: rest.map((key) => `${key.name}${CSV_TYPE_SUFFIX[key.type]}`), keys: rest };
}

function cells(keys: PropertyKey[], properties: Record<string, unknown>): (string | undefined)[] {
  return keys.map((key) => valueText(properties[key.name], key.type));
}

/**
 * A zip of `nodes.csv` (id, labels, then one typed column per property) and `edges.csv` (id,
 * type, source, target, then properties). UTF-8 with a byte-order mark so spreadsheets read
 * every script; lists are JSON arrays; see docs/export-import.md for the header syntax.
 */
export const csvWriter: FormatWriter = {
  format: 'csv',
  extension: 'zip',
  contentType: 'application/zip',
  async write({ summary, elements }, sink: ExportSink) {
    let failure: Error | null = null;
    const zip = new Zip((error, chunk) => {
      if (error) failure = error;
      else sink.write(chunk);
    });
    const nodeColumns = columns(summary.nodeKeys);
    const edgeColumns = columns(summary.edgeKeys);
    const nodes = new CsvEntry(zip, 'nodes.csv', ['id', 'labels', ...nodeColumns.header]);
    let edges: CsvEntry | null = null;
    for await (const element of elements) {
      if (element.kind === 'node') {
        const { id, labels, properties } = element.node;
        nodes.add([id, labels.join(';'), ...cells(nodeColumns.keys, properties)]);
      } else {
        if (!edges) {
          nodes.flush(true);
          edges = new CsvEntry(zip, 'edges.csv', ['id', 'type', 'source', 'target', ...edgeColumns.header]);
        }
        const { id, type, source, target, properties } = element.edge;
        edges.add([id, type, source, target, ...cells(edgeColumns.keys, properties)]);
      }
      if (failure) throw failure;
      await sink.ready();
    }
    if (!edges) {
      nodes.flush(true);
      edges = new CsvEntry(zip, 'edges.csv', ['id', 'type', 'source', 'target', ...edgeColumns.header]);
    }
    edges.flush(true);
    zip.end();
    if (failure) throw failure;
    await sink.close();
  },
};
