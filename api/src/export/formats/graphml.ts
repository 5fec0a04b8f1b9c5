import type { PropertyKey, PropertyType } from '../properties.js';
import { displayName } from '../properties.js';
import type { FormatWriter } from './format.js';
import { presentValues, valueText } from './values.js';
import { ElementBatch, skeleton, xmlBuilder } from './xml.js';

const GRAPHML_TYPE: Record<PropertyType, string> = {
  string: 'string',
  integer: 'long',
  float: 'double',
  boolean: 'boolean',
  'string[]': 'string',
  json: 'string',
};

/** Key ids: node and edge keys live apart (`n_start` for an event's start, `e_start` for a relationship's). */
export const nodeKeyId = (name: string) => `n_${name}`;
export const edgeKeyId = (name: string) => `e_${name}`;

function keyElement(domain: 'node' | 'edge', key: PropertyKey) {
  return {
    '@_id': domain === 'node' ? nodeKeyId(key.name) : edgeKeyId(key.name),
    '@_for': domain,
    '@_attr.name': key.name,
    '@_attr.type': GRAPHML_TYPE[key.type],
    // The convention APOC uses: a string key whose values are JSON arrays.
    ...(key.type === 'string[]' ? { '@_attr.list': 'string' } : {}),
  };
}

/**
 * GraphML with typed keys (`attr.type` long/double/boolean/string; string lists are JSON text with
 * `attr.list="string"`). Nodes carry `labels` (`;`-separated) and `label` (display name, for yEd
 * and Gephi); edges carry `type`. The element ids are the graph's ids.
 */
export const graphmlWriter: FormatWriter = {
  format: 'graphml',
  extension: 'graphml',
  contentType: 'application/graphml+xml; charset=utf-8',
  async write({ summary, elements }, sink, meta) {
    const builder = xmlBuilder();
    const nodeKeys = summary.nodeKeys.filter((key) => key.name !== 'id');
    const edgeKeys = summary.edgeKeys.filter((key) => key.name !== 'id');
    const keys = [
      keyElement('node', { name: 'labels', type: 'string' }),
      keyElement('node', { name: 'label', type: 'string' }),
      ...nodeKeys.map((key) => keyElement('node', key)),
      keyElement('edge', { name: 'type', type: 'string' }),
      ...edgeKeys.map((key) => keyElement('edge', key)),
    ];
    const [head, tail] = skeleton(builder, (slot) => ({
      '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
      graphml: {
        '@_xmlns': 'http://graphml.graphdrawing.org/xmlns',
        '@_xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
        '@_xsi:schemaLocation': 'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd',
        desc: `Liaison export (${meta.selection}), ${meta.generatedAt.toISOString()}: ${summary.nodes} nodes, ${summary.edges} edges`,
        key: keys,
        graph: { '@_id': 'G', '@_edgedefault': 'directed', '#text': slot(0) },
      },
    }));
    sink.write(`${head}\n`);
    const batch = new ElementBatch(builder, sink);
    for await (const element of elements) {
      if (element.kind === 'node') {
        const { id, labels, properties } = element.node;
        const data = [
          { '@_key': nodeKeyId('labels'), '#text': labels.join(';') },
          { '@_key': nodeKeyId('label'), '#text': displayName(properties, id) },
          ...presentValues(nodeKeys, properties).map(({ key, value }) => ({ '@_key': nodeKeyId(key.name), '#text': valueText(value, key.type) })),
        ];
        await batch.add('node', { '@_id': id, data });
      } else {
        const { id, type, source, target, properties } = element.edge;
        const data = [
          { '@_key': edgeKeyId('type'), '#text': type },
          ...presentValues(edgeKeys, properties).map(({ key, value }) => ({ '@_key': edgeKeyId(key.name), '#text': valueText(value, key.type) })),
        ];
        await batch.add('edge', { '@_id': id, '@_source': source, '@_target': target, data });
      }
    }
    batch.flush();
    sink.write(`${tail}\n`);
    await sink.close();
  },
};
