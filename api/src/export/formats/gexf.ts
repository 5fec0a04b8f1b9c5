import type { PropertyKey, PropertyType } from '../properties.js';
import { caption, edgeKind, jsonText } from '../properties.js';
import type { FormatWriter } from './format.js';
import { presentValues } from './values.js';
import { edgeSpell, nodeSpell, type Spell } from './time.js';
import { ElementBatch, skeleton, xmlBuilder } from './xml.js';

const GEXF_TYPE: Record<PropertyType, string> = {
  string: 'string',
  integer: 'long',
  float: 'double',
  boolean: 'boolean',
  'string[]': 'liststring',
  json: 'string',
};

/**
 * A GEXF list value, `["a", "b"]`: items quoted, backslashes and quotes escaped with a backslash.
 * Line breaks and tabs stay as they are (the XML attribute keeps them as `&#10;`, `&#9;`): Gephi's
 * list parser reads `\t` as a plain `t`, while graphology reads either form.
 */
export function gexfList(items: unknown[]): string {
  const quoted = items.map((item) => `"${String(item).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`);
  return `[${quoted.join(', ')}]`;
}

function gexfValue(value: unknown, type: PropertyType): string {
  if (type === 'string[]' && Array.isArray(value)) return gexfList(value);
  if (type === 'json' || typeof value === 'object') return jsonText(value);
  return String(value);
}

/** A GEXF `<spells>` element; an open-ended spell has no `end`. */
function spells(spell: Spell | null) {
  if (!spell) return {};
  return { spells: { spell: { '@_start': spell.start, ...(spell.end ? { '@_end': spell.end } : {}) } } };
}

/** Gephi keeps the edge weight in its own column: computed links carry theirs as the GEXF `weight`. */
const WEIGHT = 'weight';

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
    const edgeKeys = summary.edgeKeys.filter((key) => key.name !== 'id' && key.name !== WEIGHT);
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
        const attvalue = [
          { '@_for': 'labels', '@_value': labels.join(';') },
          ...presentValues(nodeKeys, properties).map(({ key, value }) => ({ '@_for': key.name, '@_value': gexfValue(value, key.type) })),
        ];
        await batch.add('node', {
          '@_id': id,
          '@_label': caption(properties, id),
          attvalues: { attvalue },
          ...spells(nodeSpell(labels, properties)),
        });
      } else {
        const { id, type, source, target, properties } = element.edge;
        const kind = edgeKind(type, properties);
        const weight = properties[WEIGHT];
        const attvalue = [
          { '@_for': 'type', '@_value': type },
          ...presentValues(edgeKeys, properties).map(({ key, value }) => ({ '@_for': key.name, '@_value': gexfValue(value, key.type) })),
        ];
        await batch.add('edge', {
          '@_id': id,
          '@_source': source,
          '@_target': target,
          '@_kind': kind,
          '@_label': kind,
          ...(typeof weight === 'number' ? { '@_weight': weight } : {}),
          attvalues: { attvalue },
          ...spells(edgeSpell(type, properties)),
        });
      }
    }
    batch.flush();
    if (!inEdges) sink.write(parts[1] ?? '');
    sink.write(`${parts[2] ?? ''}\n`);
    await sink.close();
  },
};
