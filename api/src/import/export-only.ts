import path from 'node:path';
import { unzipSync } from 'fflate';

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** The first line of a CSV text, without a byte-order mark or quotes. */
function csvHeader(text: string): string {
  return (text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '').replace(/"/g, '');
}

/**
 * Gephi's spreadsheet columns, capitalised as Gephi writes them (`Id,Label,…` nodes or `Source,Target,…`
 * edges). Case matters: the importable CSV starts with lower-case `id,label,…`.
 */
function isGephiCsv(text: string): boolean {
  const header = csvHeader(text);
  return header.startsWith('Id,Label,') || header.startsWith('Source,Target,');
}

function gephiZip(bytes: Buffer): boolean {
  try {
    const entries = unzipSync(new Uint8Array(bytes), {
      filter: (entry) => /(^|\/)(nodes|edges)\.csv$/i.test(entry.name) && entry.originalSize < 1 << 26,
    });
    return Object.values(entries).some((entry) => isGephiCsv(Buffer.from(entry.subarray(0, 4096)).toString('utf8')));
  } catch {
    return false;
  }
}

const SENTENCES = {
  gexf: 'is a GEXF file, which Liaison exports for Gephi but cannot import: import the GraphML, CSV, Cytoscape JSON or JSON Lines export of the same selection instead.',
  cypher:
    'is a Cypher script, which Liaison exports but does not import: run it with `cypher-shell -f` against an empty database, or import the GraphML, CSV, Cytoscape JSON or JSON Lines export instead.',
  gephi:
    "is a Gephi CSV export (Gephi's spreadsheet columns), which Liaison cannot import: import the tidy CSV export (`format=csv`) or the GraphML export instead.",
} as const;

/**
 * Recognises the formats Liaison only exports (GEXF, the Cypher script, the Gephi CSV profile)
 * and says so in one sentence, instead of reading them as another format and reporting every
 * line. Returns null for anything else.
 */
export function exportOnlyMessage(name: string, bytes: Buffer): string | null {
  const extension = path.extname(name).toLowerCase();
  const start = bytes
    .subarray(0, 4096)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  let kind: keyof typeof SENTENCES | null = null;
  if (extension === '.gexf' || /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<gexf[\s>]/.test(start)) kind = 'gexf';
  else if (extension === '.cypher' || extension === '.cql' || /^(\/\/[^\n]*\n\s*)*CREATE CONSTRAINT /i.test(start)) kind = 'cypher';
  else if (bytes.subarray(0, 4).equals(ZIP_MAGIC) ? gephiZip(bytes) : extension === '.csv' && isGephiCsv(start)) kind = 'gephi';
  return kind ? `${name} ${SENTENCES[kind]}` : null;
}
