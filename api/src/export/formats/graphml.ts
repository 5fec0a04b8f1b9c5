import type { PropertyKey, PropertyType } from '../properties.js';
import { caption, edgeKind } from '../properties.js';
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

/** The `<desc>` of a key whose values are JSON arrays of strings (the importer reads it back as a list). */
export const GRAPHML_LIST_DESC = 'list of strings, as a JSON array';

/**
 * A relationship id as a GraphML edge id, which the schema types as an NMTOKEN (no `|`):
 * `from|TYPE|to|round` is written `from:TYPE:to:round` (node ids and types hold no `:`).
 * The importer reads it back (graphmlRelationshipId).
 */
export const graphmlEdgeId = (id: string) => id.replace(/\|/g, ':');

/** A GraphML edge id back into a relationship id: `from:TYPE:to[:round]` → `from|TYPE|to[|round]`. */
export const graphmlRelationshipId = (id: string) => (!id.includes('|') && /^[^:]+(:[^:]+){2,3}$/.test(id) ? id.replace(/:/g, '|') : id);

/** Key ids: node and edge keys live apart (`n_start` for an event's start, `e_start` for a relationship's). */
export const nodeKeyId = (name: string) => `n_${name}`;
export const edgeKeyId = (name: string) => `e_${name}`;

function keyElement(domain: 'node' | 'edge', key: PropertyKey) {
  return {
    '@_id': domain === 'node' ? nodeKeyId(key.name) : edgeKeyId(key.name),
    '@_for': domain,
    '@_attr.name': key.name,
    '@_attr.type': GRAPHML_TYPE[key.type],
    // GraphML 1.0 has no list type (APOC's `attr.list` is not in the schema): a list is a JSON
    // array in a string key, and the key says so in its `<desc>`, which the schema allows.
    ...(key.type === 'string[]' ? { desc: GRAPHML_LIST_DESC } : {}),
  };
}

/**
 * GraphML with typed keys (`attr.type` long/double/boolean/string; string lists are JSON text in
 * a key whose `<desc>` says so). Nodes carry `labels` (`;`-separated) and `label` (the caption,
 * for yEd and Gephi); edges carry `type`, and `label` (the kind, as data and as the attribute
 * Gephi reads). The element ids are the graph's ids.
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
      keyElement('edge', { name: 'label', type: 'string' }),
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
          { '@_key': nodeKeyId('label'), '#text': caption(properties, id) },
          ...presentValues(nodeKeys, properties).map(({ key, value }) => ({ '@_key': nodeKeyId(key.name), '#text': valueText(value, key.type) })),
        ];
        await batch.add('node', { '@_id': id, data });
      } else {
        const { id, type, source, target, properties } = element.edge;
        const kind = edgeKind(type, properties);
        const data = [
          { '@_key': edgeKeyId('type'), '#text': type },
          { '@_key': edgeKeyId('label'), '#text': kind },
          ...presentValues(edgeKeys, properties).map(({ key, value }) => ({ '@_key': edgeKeyId(key.name), '#text': valueText(value, key.type) })),
        ];
        // The `label` attribute is what Gephi keeps parallel edges apart by (its edge kind); GraphML
        // allows it through the schema's own extension point (tests/fixtures/xsd/liaison-graphml.xsd).
        await batch.add('edge', { '@_id': graphmlEdgeId(id), '@_source': source, '@_target': target, '@_label': kind, data });
      }
    }
    batch.flush();
    sink.write(`${tail}\n`);
    await sink.close();
  },
};
