import { crc32, deflateRawSync, constants as zlibConstants } from 'node:zlib';
import { Zip, ZipPassThrough, type ZipInputFile } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../api/src/db/driver.js';
import { PayloadTooLarge } from '../../api/src/errors.js';
import { importDocument } from '../../api/src/import/import.js';
import { estimateTransactionMemory, TRANSACTION_MEMORY_HEADROOM, transactionMemoryLimit } from '../../api/src/import/memory.js';
import { readImportFiles } from '../../api/src/import/read.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { loadRepositorySeed, testDatabase } from '../support/db.js';
import { snapshot, type Snapshot } from '../fixtures/import/graph-snapshot.js';

/** Issue 13, finding 4: a zip bomb is refused while it inflates, before it costs memory. */
const TOKEN = 'import-limits-admin-token-4242';
const MAX_BYTES = 50 * 1024 * 1024;
const saved = { ADMIN_TOKEN: process.env.ADMIN_TOKEN, IMPORT_MAX_BYTES: process.env.IMPORT_MAX_BYTES };
let db: Database;
let app: TestApp;
let before: Snapshot;

/**
 * A zip built in memory, entry by entry, from a chunk repeated `times` times, so that a huge entry
 * never exists uncompressed and is not compressed either: the chunk is deflated once into
 * self-contained blocks (a sync flush: byte-aligned, no reference to earlier data), which repeated
 * form a valid deflate stream of the repeated chunk. Deflating 160 MB took ~6 s at load 7 and
 * timed the test out at load 40; this takes milliseconds. Sizes and CRC are those of the content.
 */
function buildZip(entries: { name: string; chunk: Uint8Array; times: number; stored?: boolean }[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const zip = new Zip((error, data) => {
    if (error) throw error;
    parts.push(data);
  });
  for (const entry of entries) {
    if (entry.stored) {
      const file = new ZipPassThrough(entry.name);
      zip.add(file);
      for (let i = 0; i < entry.times; i += 1) file.push(entry.chunk, i === entry.times - 1);
      continue;
    }
    let crc = 0;
    for (let i = 0; i < entry.times; i += 1) crc = crc32(entry.chunk, crc);
    const file: ZipInputFile = { filename: entry.name, size: entry.chunk.length * entry.times, crc, compression: 8 };
    zip.add(file);
    const block = deflateRawSync(entry.chunk, { level: 9, finishFlush: zlibConstants.Z_SYNC_FLUSH });
    for (let i = 0; i < entry.times; i += 1) file.ondata!(null, block, false);
    // An empty final block (fixed Huffman, end-of-block only) ends the stream.
    file.ondata!(null, Uint8Array.of(0x03, 0x00), true);
  }
  zip.end();
  return Buffer.concat(parts);
}

const header = new TextEncoder().encode('id,label,name_en\n');
const megabyteOfRows = new TextEncoder().encode('topic-bomb,Topic,aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n'.repeat(32 * 1024));

async function postZip(bytes: Uint8Array) {
  const response = await fetch(`${app.baseUrl}/api/import?dryRun=true&filename=bomb.zip`, {
    method: 'POST',
    // One connection per upload, as big uploads go: no race with the keep-alive timeout of an idle one.
    headers: { 'content-type': 'application/zip', authorization: `Bearer ${TOKEN}`, connection: 'close' },
    body: Uint8Array.from(bytes),
  });
  return { status: response.status, body: (await response.json()) as { error: { message: string } } };
}

beforeAll(async () => {
  db = testDatabase();
  await loadRepositorySeed(db);
  before = await snapshot(db);
  process.env.ADMIN_TOKEN = TOKEN;
  process.env.IMPORT_MAX_BYTES = String(MAX_BYTES);
  app = await startTestApp(db);
});

afterAll(async () => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  await app?.close();
  await db?.close();
});

describe('a zip bomb (finding 4)', () => {
  it('is refused with 413 at IMPORT_MAX_BYTES of inflated data, quickly and without the memory', async () => {
    // edges.csv inflates to 160 MB, three times the limit; the zip itself is well under a megabyte.
    const bomb = buildZip([
      { name: 'edges.csv', chunk: megabyteOfRows, times: 160 },
      { name: 'nodes.csv', chunk: header, times: 1 },
    ]);
    expect(bomb.length).toBeLessThan(MAX_BYTES / 10);
    const rssBefore = process.memoryUsage().rss;
    let rssPeak = rssBefore;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 20);
    const started = Date.now();
    try {
      const response = await postZip(bomb);
      expect(response.status).toBe(413);
      expect(response.body.error.message).toMatch(/inflates to more than|inflates more than/);
    } finally {
      clearInterval(sampler);
    }
    expect(Date.now() - started).toBeLessThan(20_000);
    // At most the limit (50 MB) and the bomb's own slice, plus the runtime's slack.
    expect((rssPeak - rssBefore) / 1024 / 1024).toBeLessThan(200);
    expect(await snapshot(db)).toEqual(before);
  });

  it('is refused when it inflates far more than a CSV compresses, even under the size limit', async () => {
    // 20 MB of one repeated row: under IMPORT_MAX_BYTES, but over 200 times its compressed size.
    const bomb = buildZip([{ name: 'nodes.csv', chunk: megabyteOfRows, times: 20 }]);
    const response = await postZip(bomb);
    expect(response.status).toBe(413);
    expect(response.body.error.message).toMatch(/times its size/);
  });

  it('is refused when it holds thousands of entries', async () => {
    const many = buildZip(Array.from({ length: 3000 }, (_, i) => ({ name: `part-${i}.csv`, chunk: header, times: 1, stored: true })));
    const response = await postZip(many);
    expect(response.status).toBe(413);
    expect(response.body.error.message).toMatch(/more than \d+ entries/);
  });

  it('still imports an ordinary zip of nodes.csv and edges.csv', async () => {
    const nodes = new TextEncoder().encode('id,label,name_en,name_fr\ntopic-zip-ok,Topic,Zip import works,Import de zip\n');
    const ok = buildZip([{ name: 'nodes.csv', chunk: nodes, times: 1 }]);
    const response = await postZip(ok);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
  });
});

describe("an import larger than Neo4j's transaction memory (finding 5)", () => {
  const description = 'Coopération transfrontalière contre la traite des êtres humains. '.repeat(60);
  const topics = (prefix: string, count: number) =>
    Array.from({ length: count }, (_, i) => ({ label: 'Topic', id: `topic-${prefix}-${i}`, name_en: `Big ${i}`, description }));

  it('is refused up front with 413 saying what to change, and leaves the database as it was', async () => {
    // 20,000 topics with 3,800-character descriptions: about 76 MB of text for one transaction,
    // more than the test Neo4j's db.memory.transaction.max (the launcher's default, 128m). Before,
    // it was written for a minute and then failed on Neo4j's memory error (507).
    const document = readImportFiles([{ name: 'big.json', json: { nodes: topics('big-import', 20_000), relationships: [] } }]);
    const writes: number[] = [];
    const error = await importDocument(db, document, { onBatch: (progress) => void writes.push(progress.rows) }).then(
      () => null,
      (failure: unknown) => failure,
    );
    expect(error).toBeInstanceOf(PayloadTooLarge);
    expect((error as PayloadTooLarge).status).toBe(413);
    expect((error as Error).message).toMatch(/too large for one Neo4j transaction/);
    expect((error as Error).message).toMatch(/NEO4J_TX_MEMORY/);
    expect((error as Error).message).toMatch(/nothing was written/);
    // Refused before the first write, not after trying.
    expect(writes).toEqual([]);
    expect(await snapshot(db)).toEqual(before);
  }, 240_000);

  it('imports what the limit allows, up to just under it', async () => {
    const limit = await transactionMemoryLimit(db);
    expect(limit).toBeGreaterThan(0);
    // Topics with three short properties, the shape whose cost the estimate once put too low: a
    // file sized to 95% of what the check lets through must be written whole (Neo4j's real
    // accounting, not the estimate, decides). With 3,000 bytes per element this was ~30,000 topics
    // and ended in Neo4j's memory error (507) after writing for a minute.
    const fits = (i: number) => ({ label: 'Topic', id: `topic-fit-${i}`, name_en: `Fit topic ${i}`, name_fr: `Thème ${i}` });
    const perTopic = estimateTransactionMemory({
      createNodes: [
        { id: 'topic-fit-10000', label: 'Topic', properties: { id: 'topic-fit-10000', name_en: 'Fit topic 10000', name_fr: 'Thème 10000' } },
      ],
      updateNodes: [],
      createRelationships: [],
      updateRelationships: [],
      nodes: {},
      relationships: {},
      warnings: [],
    });
    const count = Math.floor((0.95 * TRANSACTION_MEMORY_HEADROOM * limit!) / perTopic);
    expect(count).toBeGreaterThan(10_000);
    const document = readImportFiles([{ name: 'fits.json', json: { nodes: Array.from({ length: count }, (_, i) => fits(i)), relationships: [] } }]);
    try {
      const report = await importDocument(db, document);
      expect(report.nodes.created).toBe(count);
    } finally {
      await db.driver.executeQuery("MATCH (t:Topic) WHERE t.id STARTS WITH 'topic-fit-' DETACH DELETE t", {}, { database: db.config.database });
    }
    expect(await snapshot(db)).toEqual(before);
  }, 240_000);
});
