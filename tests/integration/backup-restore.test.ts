import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ContentTally } from '../../api/src/backup/checksum.js';
import { scanGraph, type ScannedElement } from '../../api/src/backup/scan.js';
import type { Database } from '../../api/src/db/driver.js';
import { seededForFile } from '../support/db.js';
import { graphFingerprint, type GraphFingerprint } from '../support/fingerprint.js';

/**
 * `npm run backup` → empty the database → `npm run restore` on the run's throwaway Neo4j (Neo4j
 * community holds one user database, so the same one is wiped and restored; seededForFile reseeds it
 * afterwards). Identity is judged by tests/support/fingerprint.ts, which shares no code with the
 * backup's own checksums, and by the raw driver values of a node holding every property type.
 */
const execute = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const CLI_TIMEOUT_MS = 300_000;
let db: Database;
let dir: string;
let backupFile: string;
/** The database before the backup, without the :Session node added after this was taken. */
let before: GraphFingerprint;
let typedBefore: Record<string, unknown>;
let idlessBefore: Record<string, unknown>[];

async function cli(script: 'backup' | 'restore', args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const server = inject('neo4j');
  const env = { ...process.env, NEO4J_URI: server.uri, NEO4J_USER: server.user, NEO4J_PASSWORD: server.password, NEO4J_DATABASE: server.database };
  try {
    const { stdout, stderr } = await execute('npm', ['run', '--silent', script, '--', ...args], { cwd: root, env, timeout: CLI_TIMEOUT_MS });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

async function cypher(statement: string, params: Record<string, unknown> = {}) {
  return (await db.driver.executeQuery(statement, params, { database: db.config.database })).records;
}

async function emptyDatabase(): Promise<void> {
  await cypher('MATCH (n) DETACH DELETE n');
}

async function nodeCount(): Promise<number> {
  const [record] = await cypher('MATCH (n) RETURN count(n) AS count');
  return neo4j.integer.toNumber(record!.get('count') as number);
}

/** The typed probe's properties exactly as the driver returns them (Integer, float, temporal objects…). */
async function typedProperties(): Promise<Record<string, unknown>> {
  const [record] = await cypher("MATCH (n:BackupProbe {id: 'probe-typed'}) RETURN properties(n) AS props");
  return record!.get('props') as Record<string, unknown>;
}

/** The relationships of the probe node that has no `id` (the fingerprint names such ends by element id, which a restore changes). */
async function idlessRelationships(): Promise<Record<string, unknown>[]> {
  const records = await cypher(
    "MATCH (m:BackupProbe {name: 'no id'})-[r]-(x) RETURN type(r) AS type, properties(r) AS props, labels(x) AS labels, properties(x) AS other ORDER BY type, x.id, r.n",
  );
  return records.map((record) => record.toObject());
}

/** Rewrites the backup's decompressed lines and gzips them again: a well-formed file with other content. */
function rewritten(name: string, edit: (lines: string[]) => string[]): string {
  const lines = gunzipSync(readFileSync(backupFile)).toString('utf8').trimEnd().split('\n');
  const file = path.join(dir, name);
  writeFileSync(file, gzipSync(`${edit(lines).join('\n')}\n`));
  return file;
}

const seeded = seededForFile();
beforeAll(async () => {
  db = seeded.db;
  dir = mkdtempSync(path.join(os.tmpdir(), 'liaison-backup-test-'));
  backupFile = path.join(dir, 'liaison.jsonl.gz');
  // Every Neo4j property type, plus nodes the backup cannot key by `id`: none, a duplicated one, a
  // number, one that looks like a generated key.
  await cypher(
    `CREATE (t:BackupProbe {id: 'probe-typed', float: 2.0, integer: 2, big: 9007199254740993, negative: -7, nan: 0.0 / 0.0,
       day: date('2024-02-29'), zoned: datetime('2024-10-27T02:30:00.123456789[Europe/Paris]'), offset: datetime('2024-01-01T00:00:00-05:00'),
       local: localdatetime('2024-05-01T08:00'), time: time('12:00:00+02:00'), localTime: localtime('23:59:59.999'),
       span: duration('P1Y2M3DT4H5M6.000000007S'), geo: point({longitude: 2.35, latitude: 48.85}), cartesian: point({x: 1, y: 2, z: 3}),
       floats: [1.0, 2.5], integers: [1, 2, 3], strings: ['a', 'é'], yes: true, bytes: $bytes, text: 'line\\nbreak "quoted"'})
     CREATE (m:BackupProbe {name: 'no id'})-[:PROBE_LINK {weight: 0.5}]->(t)
     CREATE (d1:BackupProbe {id: 'probe-dup', n: 1})-[:PROBE_LINK {n: 1}]->(d2:BackupProbe {id: 'probe-dup', n: 2})
     CREATE (d2)-[:PROBE_LINK {n: 2}]->(m)
     CREATE (:BackupProbe:Marker {id: 7})-[:PROBE_LINK]->(:BackupProbe {id: '_:looks-generated'})`,
    { bytes: new Uint8Array([0, 1, 254, 255]) },
  );
  before = await graphFingerprint(db);
  typedBefore = await typedProperties();
  idlessBefore = await idlessRelationships();
  // Sessions are left out of backups.
  await cypher("MATCH (t:BackupProbe {id: 'probe-typed'}) CREATE (:Session {id: 'session-digest'})-[:OF]->(t)");
}, CLI_TIMEOUT_MS);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run backup → npm run restore', () => {
  it('backs up every label and type but :Session, with a header of counts and checksums', async () => {
    const result = await cli('backup', ['--out', backupFile]);
    expect(result.code, result.stderr).toBe(0);
    const lines = gunzipSync(readFileSync(backupFile)).toString('utf8').trimEnd().split('\n');
    const header = JSON.parse(lines[0]!) as {
      format: string;
      version: number;
      counts: { nodes: number; relationships: number; labels: Record<string, number> };
    };
    expect(header.format).toBe('liaison-backup');
    expect(header.version).toBe(1);
    const expectedNodes = Object.entries(before.counts).filter(([key]) => key.startsWith('label:'));
    expect(header.counts.labels).toEqual(Object.fromEntries(expectedNodes.map(([key, count]) => [key.slice('label:'.length), count])));
    expect(header.counts.labels.Session).toBeUndefined();
    expect(lines.length - 1).toBe(header.counts.nodes + header.counts.relationships);
    expect(lines.some((line) => line.includes('session-digest'))).toBe(false);
    expect(result.stdout).toMatch(/:BackupProbe\s+6\s/);
    expect(result.stdout).toMatch(/MiB in \d+\.\d s/);
  });

  it('restores into an empty database: the same graph, the same property types, checksums printed', async () => {
    await emptyDatabase();
    const result = await cli('restore', [backupFile]);
    expect(result.code, result.stderr).toBe(0);
    expect(await graphFingerprint(db)).toEqual(before);
    expect(await typedProperties()).toEqual(typedBefore);
    expect(await idlessRelationships()).toEqual(idlessBefore);
    const [sessions] = await cypher('MATCH (s:Session) RETURN count(s) AS count');
    expect(neo4j.integer.toNumber(sessions!.get('count') as number)).toBe(0);
    for (const [key, count] of Object.entries(before.counts)) {
      const name = key.startsWith('label:') ? `:${key.slice(6)}` : `[:${key.slice(5)}]`;
      expect(result.stdout).toMatch(new RegExp(`${name.replace(/[[\]]/g, '\\$&')}\\s+${count}\\s+[0-9a-f]{16}\\s+ok`));
    }
  });

  it('refuses a database that is not empty, and with --force replaces what it holds', async () => {
    await cypher("CREATE (:BackupProbe {id: 'probe-stray'})");
    const current = await graphFingerprint(db);
    const refused = await cli('restore', [backupFile]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/The database is not empty \(\d+ nodes, \d+ relationships\): restore refuses to overwrite it\..*--force/);
    expect(await graphFingerprint(db)).toEqual(current);

    const forced = await cli('restore', [backupFile, '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stdout).toMatch(/after deleting \d+ nodes \(--force\)/);
    expect(await graphFingerprint(db)).toEqual(before);
  });

  it('a truncated file: a clear error and nothing written', async () => {
    await emptyDatabase();
    const bytes = readFileSync(backupFile);
    const cut = path.join(dir, 'cut.jsonl.gz');
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const result = await cli('restore', [cut]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/cut\.jsonl\.gz: is truncated or corrupt: unexpected end of file/);
    expect(await nodeCount()).toBe(0);

    // Cut at a line boundary, so gzip itself is intact: the header's counts catch it.
    const shorter = rewritten('shorter.jsonl.gz', (lines) => lines.slice(0, -1));
    const short = await cli('restore', [shorter]);
    expect(short.code).toBe(1);
    expect(short.stderr).toMatch(
      /shorter\.jsonl\.gz: is truncated or altered: its lines do not match its header for \[:\w+\] \(header \d+, lines \d+\)/,
    );
    expect(await nodeCount()).toBe(0);
  });

  it('a corrupt file (a changed value, a broken line, a dangling relationship): a clear error and nothing written', async () => {
    await emptyDatabase();
    const altered = rewritten('altered.jsonl.gz', (lines) => lines.map((line) => line.replace('"probe-typed"', '"probe-typo"')));
    const result = await cli('restore', [altered]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/altered\.jsonl\.gz: is truncated or altered: its lines do not match its header for :BackupProbe/);

    const broken = rewritten('broken.jsonl.gz', (lines) => [...lines.slice(0, 3), lines[3]!.slice(0, 20), ...lines.slice(4)]);
    const brokenResult = await cli('restore', [broken]);
    expect(brokenResult.code).toBe(1);
    expect(brokenResult.stderr).toMatch(/broken\.jsonl\.gz: line 4 is not valid JSON \(the file is corrupt\)/);

    const dangling = rewritten('dangling.jsonl.gz', (lines) =>
      lines.map((line) => line.replace('"endKey":"probe-typed"', '"endKey":"probe-nowhere"')),
    );
    const danglingResult = await cli('restore', [dangling]);
    expect(danglingResult.code).toBe(1);
    expect(danglingResult.stderr).toMatch(/dangling\.jsonl\.gz: line \d+: the relationship names a node "probe-nowhere" the file does not hold/);

    const badType = rewritten('float.jsonl.gz', (lines) => lines.map((line) => line.replace('{"$float":2.5}', '2.5')));
    const badTypeResult = await cli('restore', [badType]);
    expect(badTypeResult.code).toBe(1);
    expect(badTypeResult.stderr).toMatch(/float\.jsonl\.gz: line \d+ is not a valid node: props\.floats/);
    expect(await nodeCount()).toBe(0);
  });

  it('a header of another format version: a clear error naming both versions, nothing written', async () => {
    await emptyDatabase();
    const future = rewritten('v2.jsonl.gz', ([header, ...rest]) => [header!.replace('"version":1', '"version":2'), ...rest]);
    const result = await cli('restore', [future]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/v2\.jsonl\.gz: is a backup of format version 2; this Liaison reads version 1 only/);
    const notBackup = path.join(dir, 'not-a-backup.gz');
    writeFileSync(notBackup, gzipSync('{"nodes": []}\n'));
    const other = await cli('restore', [notBackup]);
    expect(other.code).toBe(1);
    expect(other.stderr).toMatch(/not-a-backup\.gz: is not a Liaison backup/);
    expect(await nodeCount()).toBe(0);
  });
});

describe('a backup while the app writes', () => {
  it('leaves out a relationship to a node created after the node pass, so the file never names a node it lacks', async () => {
    await emptyDatabase();
    await cypher("CREATE (:BackupProbe {id: 'probe-a'})-[:PROBE_LINK]->(:BackupProbe {id: 'probe-b'})");
    const items: ScannedElement[] = [];
    await db.stream(async (tx) => {
      for await (const item of scanGraph(tx, new ContentTally())) {
        // The node pass has fetched its (two) nodes already; this write commits in another transaction,
        // and Neo4j's read-committed relationship pass will see its relationship.
        if (items.length === 0) await cypher("MATCH (a:BackupProbe {id: 'probe-a'}) CREATE (a)-[:PROBE_LINK]->(:BackupProbe {id: 'probe-late'})");
        items.push(item);
      }
    });
    expect(items.filter((item) => item.kind === 'node')).toHaveLength(2);
    expect(items.filter((item) => item.kind === 'relationship').map((item) => item.kind === 'relationship' && item.endId)).toEqual(['probe-b']);
    expect(items.filter((item) => item.kind === 'dangling')).toEqual([{ kind: 'dangling', type: 'PROBE_LINK' }]);
  });
});
