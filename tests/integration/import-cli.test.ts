import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Database } from '../../api/src/db/driver.js';
import { seededForFile } from '../support/db.js';
import { FORMAT_WRITERS } from '../../api/src/export/formats/index.js';
import { MemorySink } from '../../api/src/export/sink.js';
import { subgraphOf } from '../../api/src/export/subgraph.js';
import { importFixtures, snapshot, type Snapshot } from '../fixtures/import/graph-snapshot.js';

/** `npm run import` against the throwaway Neo4j. */
const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
let db: Database;
let before: Snapshot;

async function importCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const neo4j = inject('neo4j');
  const env = { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password, NEO4J_DATABASE: neo4j.database };
  try {
    const { stdout, stderr } = await run('npm', ['run', '--silent', 'import', '--', ...args], { cwd: root, env, timeout: 120_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const seeded = seededForFile({ snapshot: true });
beforeAll(() => ({ db, before } = seeded));

describe('npm run import', () => {
  it('--dry-run reports per label and type and writes nothing', async () => {
    const result = await importCli([path.join(importFixtures, 'special-characters.json'), '--dry-run']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Dry run \(nothing written\)/);
    expect(result.stdout).toMatch(/Actor\s+2 created\s+0 updated\s+0 unchanged/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('an invalid file: exit 1, every issue with file, entry and field; nothing written', async () => {
    const result = await importCli([path.join(importFixtures, 'invalid-csv')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/The import is invalid \(\d+ issues\); nothing was written/);
    expect(result.stderr).toMatch(/invalid-csv\/nodes\.csv line 3 \(fixture-csv-unknown\) label: unknown label "Organisation"/);
    expect(result.stderr).toMatch(/invalid-csv\/edges\.csv line 2 to: unknown node id "fixture-nowhere"/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('an export-only file (GEXF): exit 1 with one sentence, not a report of every line; nothing written', async () => {
    const sink = new MemorySink();
    const node = { id: 'AD', labels: ['Country'], properties: { name_en: 'Andorra' } };
    await FORMAT_WRITERS.gexf.write(subgraphOf({ nodes: [node], edges: [] }), sink, { generatedAt: new Date(), selection: 'test' });
    const dir = mkdtempSync(path.join(os.tmpdir(), 'liaison-import-gexf-'));
    try {
      const file = path.join(dir, 'graph.gexf');
      writeFileSync(file, sink.buffer());
      const result = await importCli([file]);
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/graph\.gexf is a GEXF file, which Liaison exports for Gephi but cannot import/);
      expect(await snapshot(db)).toEqual(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('imports a file for real', async () => {
    const result = await importCli([path.join(importFixtures, 'special-characters.json')]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Imported: /);
    const after = await snapshot(db);
    expect(after.nodes.find((node) => node.id === 'fixture-obrien')?.properties.name_en).toBe('O\'Brien & "Partners" <Anti-Trafficking>, Inc.');
  });
});
