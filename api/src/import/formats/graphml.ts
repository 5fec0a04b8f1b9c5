import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { GRAPHML_LIST_DESC, graphmlRelationshipId } from '../../export/formats/graphml.js';
import { emptyDocument, entryName, type ImportDocument } from '../document.js';
import { domainLabel } from './labels.js';

interface Key {
  name: string;
  domain: string;
  type: string;
  list: boolean;
}

interface Open {
  kind: 'node' | 'edge';
  line: number;
  id?: string;
  source?: string;
  target?: string;
  label?: string;
  labels?: string;
  data: Record<string, unknown>;
  issues: { field: string; message: string }[];
}

/** A `<data>` text as the value its key declares: numbers, booleans, JSON lists (our key `<desc>`, or APOC's `attr.list`). */
function typedValue(text: string, key: Key): { value?: unknown; error?: string } {
  if (key.list) {
    try {
      const value: unknown = JSON.parse(text);
      return Array.isArray(value) ? { value } : { error: 'must be a JSON array (the key declares a list)' };
    } catch {
      return { error: 'must be a JSON array (the key declares a list)' };
    }
  }
  switch (key.type) {
    case 'boolean':
      if (text.trim() === 'true' || text.trim() === 'false') return { value: text.trim() === 'true' };
      return { error: `"${text}" is not true or false` };
    case 'int':
    case 'long':
    case 'float':
    case 'double': {
      const number = Number(text);
      return text.trim() !== '' && Number.isFinite(number) ? { value: number } : { error: `"${text}" is not a number` };
    }
    default:
      return { value: text };
  }
}

/** A tag's local name (`y:ShapeNode` → `ShapeNode`). */
function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

/**
 * GraphML as our export writes it (and as APOC does): typed `<key>`s, nodes with a `labels` key
 * (or a `labels=":Actor"` attribute), edges with a `type` key (or a `label` attribute), one
 * `<data>` per property. Read with saxes, so every issue names its line.
 */
export function readGraphmlDocument(file: string, text: string): ImportDocument {
  const document = emptyDocument('graphml', [file]);
  const keys = new Map<string, Key>();
  const parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true });
  let current: Open | null = null;
  let dataKey: string | null = null;
  let dataText = '';
  // The key being read, and the text of its <desc> (ours marks JSON-list keys there).
  let openKey: Key | null = null;
  let descText: string | null = null;
  let failed = false;

  parser.on('error', (error) => {
    if (!failed)
      document.issues.push({ file, entry: `line ${parser.line}`, line: parser.line, field: '(file)', message: `not valid XML: ${error.message}` });
    failed = true;
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const name = localName(tag.name);
    const attr = (attribute: string) => tag.attributes[attribute] as string | undefined;
    if (name === 'key') {
      const id = attr('id') ?? '';
      openKey = {
        name: attr('attr.name') ?? id,
        domain: attr('for') ?? 'all',
        type: attr('attr.type') ?? 'string',
        list: attr('attr.list') !== undefined,
      };
      keys.set(id, openKey);
    } else if (name === 'desc' && openKey) {
      descText = '';
    } else if (name === 'node' && !current) {
      current = { kind: 'node', line: parser.line, id: attr('id'), labels: attr('labels'), data: {}, issues: [] };
    } else if (name === 'edge' && !current) {
      current = {
        kind: 'edge',
        line: parser.line,
        // Our export writes `from:TYPE:to` (GraphML ids are NMTOKENs); the relationship id is `from|TYPE|to`.
        id: attr('id') === undefined ? undefined : graphmlRelationshipId(attr('id') ?? ''),
        source: attr('source'),
        target: attr('target'),
        label: attr('label'),
        data: {},
        issues: [],
      };
    } else if (name === 'data' && current) {
      dataKey = attr('key') ?? '';
      dataText = '';
    }
  });
  parser.on('text', (value) => {
    if (dataKey !== null) dataText += value;
    if (descText !== null) descText += value;
  });
  parser.on('cdata', (value) => {
    if (dataKey !== null) dataText += value;
  });
  parser.on('closetag', (tag: SaxesTagPlain) => {
    const name = localName(tag.name);
    if (name === 'desc' && openKey && descText !== null) {
      if (descText.trim() === GRAPHML_LIST_DESC) openKey.list = true;
      descText = null;
    } else if (name === 'key') {
      openKey = null;
    } else if (name === 'data' && current && dataKey !== null) {
      const key = keys.get(dataKey) ?? { name: dataKey, domain: current.kind, type: 'string', list: false };
      const { value, error } = typedValue(dataText, key);
      if (error) current.issues.push({ field: key.name, message: error });
      else current.data[key.name] = value;
      dataKey = null;
    } else if ((name === 'node' || name === 'edge') && current?.kind === name) {
      finish(current);
      current = null;
    }
  });

  const finish = (element: Open) => {
    const entry = entryName(`${element.kind} at line ${element.line}`, element.id);
    for (const issue of element.issues) document.issues.push({ file, entry, line: element.line, ...issue });
    if (element.kind === 'node') {
      const { labels, label: _displayName, ...properties } = element.data;
      document.nodes.push({ file, entry, line: element.line, data: { ...properties, id: element.id, label: domainLabel(labels ?? element.labels) } });
    } else {
      const { type, label, ...properties } = element.data;
      document.relationships.push({
        file,
        entry,
        line: element.line,
        style: 'graph',
        data: {
          ...properties,
          ...(element.id !== undefined ? { id: element.id } : {}),
          type: type ?? element.label ?? label,
          from: element.source,
          to: element.target,
        },
      });
    }
  };

  try {
    parser.write(text.replace(/^\uFEFF/, '')).close();
  } catch {
    // The error handler above recorded it.
  }
  if (!failed && !/<graphml[\s>]/.test(text)) {
    document.issues.push({ file, entry: '(file)', field: '(file)', message: 'not a GraphML document (no <graphml> element)' });
  }
  return document;
}
