import { seedFileSchema } from '../../seed/schema.js';
import { emptyDocument, entryName, type ImportDocument } from '../document.js';

/** The seed file format (`{ "nodes": [...], "relationships": [...] }`, see seed/README.md). */
export function readSeedDocument(file: string, data: unknown): ImportDocument {
  const document = emptyDocument('seed', [file]);
  const shape = seedFileSchema.safeParse(data);
  if (!shape.success) {
    for (const issue of shape.error.issues) {
      document.issues.push({ file, entry: '(file)', field: issue.path.join('.') || '(file)', message: issue.message });
    }
    return document;
  }
  shape.data.nodes.forEach((raw, index) => {
    const entry = entryName(`nodes[${index}]`, (raw as { id?: unknown } | null)?.id);
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
      document.issues.push({ file, entry, field: '(entry)', message: 'must be an object' });
      return;
    }
    document.nodes.push({ file, entry, data: raw as Record<string, unknown> });
  });
  shape.data.relationships.forEach((raw, index) => {
    const entry = `relationships[${index}]`;
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
      document.issues.push({ file, entry, field: '(entry)', message: 'must be an object' });
      return;
    }
    const rel = raw as Record<string, unknown>;
    document.relationships.push({ file, entry: `${entry} (${String(rel.from)} ${String(rel.type)} ${String(rel.to)})`, style: 'seed', data: rel });
  });
  return document;
}
