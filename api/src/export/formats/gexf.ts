import type { PropertyKey, PropertyType } from '../properties.js';
import { displayName, jsonText } from '../properties.js';
import type { FormatWriter } from './format.js';
import { presentValues } from './values.js';
import { ElementBatch, skeleton, xmlBuilder } from './xml.js';

const GEXF_TYPE: Record<PropertyType, string> = {
  string: 'string',
  integer: 'long',
  float: 'double',
  boolean: 'boolean',
  'string[]': 'liststring',
  json: 'string',
};

/** A GEXF list value, `["a", "b"]`: items quoted, with backslash escapes, as Gephi and graphology read them. */
export function gexfList(items: unknown[]): string {
  const quoted = items.map(
    (item) => `"${String(item).replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')}"`,
  );
  return `[${quoted.join(', ')}]`;
}

function gexfValue(value: unknown, type: PropertyType): string {
  if (type === 'string[]' && Array.isArray(value)) return gexfList(value);
  if (type === 'json' || typeof value === 'object') return jsonText(value);
  return String(value);
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The first day a partial ISO date covers: 2021 → 2021-01-01, 2021-11 → 2021-11-01. */
export function firstDay(date: string): string | null {
  const match = DATE.exec(date);
  if (!match) return null;
  return `${match[1]}-${match[2] ?? '01'}-${match[3] ?? '01'}`;
}

/** The last day a partial ISO date covers: 2021 → 2021-12-31, 2024-02 → 2024-02-29. */
export function lastDay(date: string): string | null {
  const match = DATE.exec(date);
  if (!match) return null;
  if (match[3]) return date;
  const year = Number(match[1]);
  const month = match[2] ? Number(match[2]) : 12;
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${match[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * When an element exists on Gephi's timeline: an event or programme from its start to its end
 * (or the whole of its start date), a relationship over its start/end or its date. Undated
 * elements get no spell, so Gephi shows them at every time.
 */
export function spellOf(properties: Record<string, unknown>): { start: string; end: string } | null {
  const text = (key: string) => (typeof properties[key] === 'string' ? (properties[key] as string) : undefined);
  const from = text('start') ?? text('date');
  if (!from) return null;
  const start = firstDay(from);
  const end = lastDay(text('end') ?? text('date') ?? from);
  if (!start || !end || end < start) return null;
  return { start, end };
}

function attributes(domain: 'node' | 'edge', own: PropertyKey[], keys: PropertyKey[]) {
  return {
    '@_class': domain,
    '@_mode': 'static',
    attribute: [...own, ...keys].map((key) => ({ '@_id': key.name, '@_title': key.name, '@_type': GEXF_TYPE[key.type] })),
  };
}

/**
 * GEXF 1.3, dynamic: typed node and edge attributes (string lists as `liststring`), the node's
 * display name as its label, labels and type as attributes, and dates as spells so Gephi's
 * timeline plays events and dated relationships. Attribute ids are the property names.
 */
export const gexfWriter: FormatWriter = {
  format: 'gexf',
  extension: 'gexf',
  contentType: 'application/gexf+xml; charset=utf-8',
  async write({ summary, elements }, sink, meta) {
    const builder = xmlBuilder();
    const nodeKeys = summary.nodeKeys.filter((key) => key.name !== 'id');
    const edgeKeys = summary.edgeKeys.filter((key) => key.name !== 'id');
    const parts = skeleton(builder, (slot) => ({
      '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
      gexf: {
        '@_xmlns': 'http://gexf.net/1.3',
        '@_xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
        '@_xsi:schemaLocation': 'http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd',
        '@_version': '1.3',
        meta: {
          '@_lastmodifieddate': meta.generatedAt.toISOString().slice(0, 10),
          creator: 'Liaison',
          description: `Liaison export (${meta.selection}): ${summary.nodes} nodes, ${summary.edges} edges`,
        },
        graph: {
          '@_defaultedgetype': 'directed',
          '@_mode': 'dynamic',
          '@_timeformat': 'date',
          '@_timerepresentation': 'interval',
          attributes: [
            attributes('node', [{ name: 'labels', type: 'string' }], nodeKeys),
            attributes('edge', [{ name: 'type', type: 'string' }], edgeKeys),
          ],
          nodes: { '#text': slot(0) },
          edges: { '#text': slot(1) },
        },
      },
    }));
    sink.write(`${parts[0]}\n`);
    const batch = new ElementBatch(builder, sink);
    let inEdges = false;
    for await (const element of elements) {
      if (element.kind === 'edge' && !inEdges) {
        batch.flush();
        sink.write(parts[1] ?? '');
        inEdges = true;
      }
      if (element.kind === 'node') {
        const { id, labels, properties } = element.node;
        const spell = spellOf(properties);
        const attvalue = [
          { '@_for': 'labels', '@_value': labels.join(';') },
          ...presentValues(nodeKeys, properties).map(({ key, value }) => ({ '@_for': key.name, '@_value': gexfValue(value, key.type) })),
        ];
        await batch.add('node', {
          '@_id': id,
          '@_label': displayName(properties, id),
          attvalues: { attvalue },
          ...(spell ? { spells: { spell: { '@_start': spell.start, '@_end': spell.end } } } : {}),
        });
      } else {
        const { id, type, source, target, properties } = element.edge;
        const spell = spellOf(properties);
        const attvalue = [
          { '@_for': 'type', '@_value': type },
          ...presentValues(edgeKeys, properties).map(({ key, value }) => ({ '@_for': key.name, '@_value': gexfValue(value, key.type) })),
        ];
        await batch.add('edge', {
          '@_id': id,
          '@_source': source,
          '@_target': target,
          '@_label': type,
          attvalues: { attvalue },
          ...(spell ? { spells: { spell: { '@_start': spell.start, '@_end': spell.end } } } : {}),
        });
      }
    }
    batch.flush();
    if (!inEdges) sink.write(parts[1] ?? '');
    sink.write(`${parts[2] ?? ''}\n`);
    await sink.close();
  },
};
