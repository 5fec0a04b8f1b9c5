import { emptyDocument, entryName, type ImportDocument } from '../document.js';
import { domainLabel } from './labels.js';

/**
 * JSON Lines as our export writes it: `{"kind":"node","id","labels","properties"}` and
 * `{"kind":"edge","id","type","source","target","properties"}`, one per line; blank lines are skipped.
 */
export function readJsonLinesDocument(file: string, text: string): ImportDocument {
  const document = emptyDocument('jsonl', [file]);
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    let item: Record<string, unknown>;
    try {
      item = JSON.parse(raw) as Record<string, unknown>;
    } catch (error) {
      document.issues.push({ file, entry: `line ${line}`, line, field: '(line)', message: `not valid JSON: ${(error as Error).message}` });
      return;
    }
    const properties =
      item?.properties && typeof item.properties === 'object' && !Array.isArray(item.properties)
        ? (item.properties as Record<string, unknown>)
        : null;
    const entry = entryName(`line ${line}`, item?.id);
    if (!properties) {
      document.issues.push({ file, entry, line, field: 'properties', message: 'must be an object' });
      return;
    }
    if (item.kind === 'node') {
      document.nodes.push({ file, entry, line, data: { ...properties, id: item.id, label: domainLabel(item.labels) } });
    } else if (item.kind === 'edge') {
      document.relationships.push({
        file,
        entry,
        line,
        style: 'graph',
        data: { ...properties, id: item.id ?? properties.id, type: item.type, from: item.source, to: item.target },
      });
    } else {
      document.issues.push({ file, entry, line, field: 'kind', message: 'must be "node" or "edge"' });
    }
  });
  return document;
}
