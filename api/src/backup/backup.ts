/**
 * `npm run backup`: the whole database (minus sessions) into one gzip JSON Lines file, read in one
 * read transaction while the app keeps running. The header (first line) holds counts and checksums
 * of what follows, which are only known at the end: the body is streamed to a temporary gzip file
 * first, then the header is written as a gzip member of its own followed by the body's bytes (gzip
 * readers read concatenated members as one stream), fsynced and renamed into place, so the named
 * file is either absent or complete.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { open, rename, rm, stat, writeFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip, gzipSync } from 'node:zlib';
import type { Database } from '../db/driver.js';
import { ContentTally } from './checksum.js';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  EXCLUDED_LABELS,
  GENERATED_KEY_PREFIX,
  type BackupHeader,
  type NodeLine,
  type RelationshipLine,
} from './format.js';
import { scanGraph } from './scan.js';

export interface BackupOptions {
  /** The read transaction's timeout; the server default (60 s for the local Neo4j) is too short for large graphs. */
  timeoutMs: number;
  log?: (line: string) => void;
}

export interface BackupSummary {
  file: string;
  bytes: number;
  seconds: number;
  header: BackupHeader;
  /** Relationships left out because an end node was created during the backup. */
  dangling: number;
}

/** Lines are handed to gzip in chunks of about this many characters. */
const CHUNK = 256 * 1024;

export async function writeBackup(db: Database, file: string, options: BackupOptions): Promise<BackupSummary> {
  const started = performance.now();
  const created = new Date().toISOString();
  const body = `${file}.body-${process.pid}.tmp`;
  const partial = `${file}.partial-${process.pid}.tmp`;
  const tally = new ContentTally();
  let dangling = 0;
  try {
    await db.stream(
      async (tx) => {
        const duplicates = new Set((await tx.run('backup-duplicate-ids', { excluded: [...EXCLUDED_LABELS] })).map((row) => row.id));
        /** A node's `id` is its key when it is a string no other node carries; otherwise its element id, prefixed. */
        const keyOf = (element: string, id: unknown) =>
          typeof id === 'string' && !duplicates.has(id) && !id.startsWith(GENERATED_KEY_PREFIX) ? id : `${GENERATED_KEY_PREFIX}${element}`;
        async function* lines(): AsyncGenerator<string> {
          let buffer = '';
          let nodes = 0;
          let relationshipsStarted = false;
          for await (const item of scanGraph(tx, tally)) {
            if (item.kind === 'dangling') {
              dangling += 1;
              continue;
            }
            let line: NodeLine | RelationshipLine;
            if (item.kind === 'node') {
              const key = keyOf(item.element, item.props.id);
              line = key === item.props.id ? { labels: item.labels, props: item.props } : { labels: item.labels, props: item.props, key };
              nodes += 1;
            } else {
              line = { type: item.type, startKey: keyOf(item.start, item.startId), endKey: keyOf(item.end, item.endId), props: item.props };
              if (!relationshipsStarted) options.log?.(`  ${nodes} nodes read; reading relationships…`);
              relationshipsStarted = true;
            }
            buffer += `${JSON.stringify(line)}\n`;
            if (buffer.length >= CHUNK) {
              yield buffer;
              buffer = '';
            }
          }
          if (buffer) yield buffer;
        }
        await pipeline(Readable.from(lines()), createGzip(), createWriteStream(body));
      },
      { timeoutMs: options.timeoutMs, fetchSize: 2000 },
    );
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      created,
      database: db.config.database,
      excludedLabels: [...EXCLUDED_LABELS],
      checksum: 'sha256 of canonical JSON per element, summed mod 2^256 per label/type',
      ...tally.result(),
    };
    await writeFile(partial, gzipSync(`${JSON.stringify(header)}\n`));
    await pipeline(createReadStream(body), createWriteStream(partial, { flags: 'a' }));
    const handle = await open(partial, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(partial, file);
    return { file, bytes: (await stat(file)).size, seconds: (performance.now() - started) / 1000, header, dangling };
  } finally {
    await rm(body, { force: true });
    await rm(partial, { force: true });
  }
}
