import { Zip } from 'fflate';
import { caption, edgeKind, type PropertyKey } from '../properties.js';
import { CsvEntry } from './csv.js';
import type { FormatWriter } from './format.js';
import { edgeSpell, firstDay, lastDay, nodeSpell, type Spell } from './time.js';
import { valueText } from './values.js';

/**
 * Gephi's spreadsheet importer reads CSV with a backslash escape character (Apache Commons CSV,
 * `withEscape('\\')`): a backslash must be doubled, or it eats the next character (a `\"` in a
 * JSON list broke the row). Quotes are doubled by csv-stringify as usual.
 */
export function gephiCell(value: string | undefined): string | undefined {
  return value === undefined ? undefined : value.replace(/\\/g, '\\\\');
}

/** A Gephi interval set: `<[2008-02-01, Infinity]>` for an open-ended spell. */
export function gephiInterval(spell: Spell | null): string | undefined {
  return spell ? `<[${spell.start}, ${spell.end ?? 'Infinity'}]>` : undefined;
}

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * A property cell. A date (`2021`, `2021-11`, `2021-11-16`) is written as the Gephi interval it
 * covers (`<[2021-11-01, 2021-11-30]>`): Gephi's type detection takes a plain date column for
 * timestamps and then switches the whole import to timestamps, which drops every `Timeset` interval.
 */
function propertyCell(value: unknown, type: PropertyKey['type']): string | undefined {
  if (typeof value === 'string' && ISO_DATE.test(value)) {
    const start = firstDay(value);
    const end = lastDay(value);
    if (start && end) return gephiInterval({ start, end });
  }
  return valueText(value, type);
}

/** Columns Gephi reads itself (case-insensitive); a property of the same name is written as `property_<name>`. */
const NODE_SPECIAL = new Set(['id', 'label', 'timeset']);
const EDGE_SPECIAL = new Set(['source', 'target', 'type', 'kind', 'id', 'label', 'timeset', 'relationship']);

function propertyColumns(keys: PropertyKey[], special: Set<string>, own: string[] = []) {
  const rest = keys.filter((key) => key.name !== 'id' && !own.includes(key.name));
  return { header: rest.map((key) => (special.has(key.name.toLowerCase()) ? `property_${key.name}` : key.name)), keys: rest };
}

/**
 * The CSV profile for Gephi's spreadsheet import (File › Import spreadsheet, once for nodes.csv,
 * then for edges.csv appended to the same workspace): `Id`, `Label` (the caption), `Timeset` (when it exists),
 * `labels`, then one plain column per property; edges `Source`, `Target`, `Type` (always
 * `Directed`), `Kind` (what keeps parallel relationships apart), `Label`, `Id`, `Timeset`,
 * `relationship` (the type), `Weight` for computed links, then the properties. Lists are JSON
 * text; dates are the Gephi intervals they cover (see propertyCell).
 */
export const gephiCsvWriter: FormatWriter = {
  format: 'gephi',
  extension: 'gephi.zip',
  contentType: 'application/zip',
  async write({ summary, elements }, sink) {
    let failure: Error | null = null;
    const zip = new Zip((error, chunk) => {
      if (error) failure = error;
      else sink.write(chunk);
    });
    const nodeColumns = propertyColumns(summary.nodeKeys, NODE_SPECIAL);
    const edgeColumns = propertyColumns(summary.edgeKeys, EDGE_SPECIAL, ['weight']);
    const hasWeight = summary.edgeKeys.some((key) => key.name === 'weight');
    const nodes = new CsvEntry(zip, 'nodes.csv', ['Id', 'Label', 'Timeset', 'labels', ...nodeColumns.header]);
    const edgeHeader = [
      'Source',
      'Target',
      'Type',
      'Kind',
      'Label',
      'Id',
      'Timeset',
      'relationship',
      ...(hasWeight ? ['Weight'] : []),
      ...edgeColumns.header,
    ];
    let edges: CsvEntry | null = null;
    const openEdges = () => {
      nodes.flush(true);
      return new CsvEntry(zip, 'edges.csv', edgeHeader);
    };
    for await (const element of elements) {
      if (element.kind === 'node') {
        const { id, labels, properties } = element.node;
        const cells = nodeColumns.keys.map((key) => propertyCell(properties[key.name], key.type));
        nodes.add([id, caption(properties, id), gephiInterval(nodeSpell(labels, properties)), labels.join(';'), ...cells].map(gephiCell));
      } else {
        edges ??= openEdges();
        const { id, type, source, target, properties } = element.edge;
        const kind = edgeKind(type, properties);
        const weight = hasWeight ? [valueText(properties.weight, 'float')] : [];
        const cells = edgeColumns.keys.map((key) => propertyCell(properties[key.name], key.type));
        edges.add([source, target, 'Directed', kind, kind, id, gephiInterval(edgeSpell(type, properties)), type, ...weight, ...cells].map(gephiCell));
      }
      if (failure) throw failure;
      await sink.ready();
    }
    edges ??= openEdges();
    edges.flush(true);
    zip.end();
    if (failure) throw failure;
    await sink.close();
  },
};
