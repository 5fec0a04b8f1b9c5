/**
 * Reads a backup file line by line and checks it completely (format, version, every line against
 * the zod schemas, keys, counts and checksums against the header) before `npm run restore` writes
 * anything: a truncated, corrupt or altered file is refused with nothing written.
 */
import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import { z } from 'zod';
import { compareTallies, ContentTally, endRef, nodeDigest, relationshipDigest, type TallyRow } from './checksum.js';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  headerSchema,
  keyOfLine,
  nodeLineSchema,
  relationshipLineSchema,
  type BackupHeader,
  type NodeLine,
  type RelationshipLine,
} from './format.js';

/** The file is not a readable backup of this version; nothing was written. */
export class BackupFileError extends Error {
  constructor(file: string, reason: string) {
    super(`${file}: ${reason}`);
    this.name = 'BackupFileError';
  }
}

/** The decompressed lines of a gzip file, numbered from 1; gzip errors (truncation, bad CRC) surface as BackupFileError. */
async function* gzipLines(file: string): AsyncGenerator<{ text: string; number: number }> {
  const input = createReadStream(file).pipe(createGunzip());
  const decoder = new StringDecoder('utf8');
  let rest = '';
  let number = 0;
  try {
    for await (const chunk of input) {
      const parts = (rest + decoder.write(chunk as Buffer)).split('\n');
      rest = parts.pop()!;
      for (const text of parts) yield { text, number: ++number };
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR') throw new BackupFileError(file, `cannot be read (${code})`);
    throw new BackupFileError(file, `is truncated or corrupt: ${(error as Error).message} (after line ${number})`);
  } finally {
    input.destroy();
  }
  rest += decoder.end();
  if (rest) yield { text: rest, number: ++number };
}

export type BackupLine = { number: number } & ({ kind: 'node'; line: NodeLine } | { kind: 'relationship'; line: RelationshipLine });

function issueText(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || 'line'}: ${issue.message}`).join('; ');
}

/** The header, then every node and relationship line, parsed and schema-checked (not yet cross-checked). */
export async function* readBackupLines(file: string): AsyncGenerator<BackupHeader | BackupLine> {
  let header: BackupHeader | undefined;
  let relationshipsStarted = false;
  for await (const { text, number } of gzipLines(file)) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw new BackupFileError(
        file,
        number === 1 ? 'is not a Liaison backup (its first line is not JSON)' : `line ${number} is not valid JSON (the file is corrupt)`,
      );
    }
    if (!header) {
      const seen = z.looseObject({ format: z.unknown(), version: z.unknown() }).safeParse(json);
      if (!seen.success || seen.data.format !== BACKUP_FORMAT)
        throw new BackupFileError(file, `is not a Liaison backup (no "format": "${BACKUP_FORMAT}" header)`);
      if (seen.data.version !== BACKUP_VERSION) {
        throw new BackupFileError(
          file,
          `is a backup of format version ${JSON.stringify(seen.data.version)}; this Liaison reads version ${BACKUP_VERSION} only. Restore it with the Liaison release that wrote it.`,
        );
      }
      const parsed = headerSchema.safeParse(json);
      if (!parsed.success) throw new BackupFileError(file, `has an invalid header: ${issueText(parsed.error)}`);
      header = parsed.data;
      yield header;
      continue;
    }
    const isNode = typeof json === 'object' && json !== null && 'labels' in json;
    if (isNode && relationshipsStarted) throw new BackupFileError(file, `line ${number}: a node after the first relationship (the file is corrupt)`);
    const parsed = (isNode ? nodeLineSchema : relationshipLineSchema).safeParse(json);
    if (!parsed.success)
      throw new BackupFileError(file, `line ${number} is not a valid ${isNode ? 'node' : 'relationship'}: ${issueText(parsed.error)}`);
    if (isNode) yield { number, kind: 'node', line: parsed.data as NodeLine };
    else {
      relationshipsStarted = true;
      yield { number, kind: 'relationship', line: parsed.data as RelationshipLine };
    }
  }
  if (!header) throw new BackupFileError(file, 'is empty');
}

export interface CheckedBackup {
  header: BackupHeader;
  /** The file's own content compared with its header: all equal, or the check threw. */
  rows: TallyRow[];
}

/**
 * Reads the whole file: keys unique, every relationship end present, and counts and checksums
 * recomputed from the lines equal to the header's. Memory: every node key (one string per node).
 */
export async function checkBackupFile(file: string): Promise<CheckedBackup> {
  let header: BackupHeader | undefined;
  const tally = new ContentTally();
  /** Key → how relationships name that node in checksums (see checksum.ts endRef). */
  const refs = new Map<string, string>();
  for await (const item of readBackupLines(file)) {
    if (!('kind' in item)) {
      header = item;
      continue;
    }
    if (item.kind === 'node') {
      const { labels, props } = item.line;
      const key = keyOfLine(item.line);
      if (refs.has(key))
        throw new BackupFileError(file, `line ${item.number}: the node key ${JSON.stringify(key)} appears twice (the file is corrupt)`);
      const digest = nodeDigest(labels, props);
      tally.addNode(labels, digest);
      refs.set(
        key,
        endRef(props.id, () => digest),
      );
    } else {
      const { type, props, startKey, endKey } = item.line;
      const start = refs.get(startKey);
      const end = refs.get(endKey);
      if (start === undefined || end === undefined) {
        throw new BackupFileError(
          file,
          `line ${item.number}: the relationship names a node ${JSON.stringify(start === undefined ? startKey : endKey)} the file does not hold`,
        );
      }
      tally.addRelationship(type, relationshipDigest(type, props, start, end));
    }
  }
  const rows = compareTallies(header!, tally.result());
  const wrong = rows.filter((row) => !row.equal);
  if (wrong.length > 0) {
    const names = wrong.map((row) => `${row.name} (header ${row.expected.count}, lines ${row.actual.count})`).join(', ');
    throw new BackupFileError(file, `is truncated or altered: its lines do not match its header for ${names}`);
  }
  return { header: header!, rows };
}
