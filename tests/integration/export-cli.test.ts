import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Database } from '../../api/src/db/driver.js';
import { loadRepositorySeed, testDatabase } from '../support/db.js';
import { loadFixture } from '../fixtures/import/graph-snapshot.js';
import { databaseGraph, parseCsvZip, parseGexf, parseGraphml, parseJsonLines, plain, type ParsedGraph } from '../fixtures/import/parse-exports.js';

/** `npm run export` against the throwaway Neo4j: the same formats and selections as the API. */
const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
let db: Database;
let dir: string;
let source: ParsedGraph;

function cliEnv(): NodeJS.ProcessEnv {
  const neo4j = inject('neo4j');
  return { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password, NEO4J_DATABASE: neo4j.database };
}

async function exportCli(args: string[]): Promise<{ stdout: string; stderr: string }> {
  return run('npm', ['run', '--silent', 'export', '--', ...args], { cwd: root, env: cliEnv(), timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
}

beforeAll(async () => {
  db = testDatabase();
  await loadFixture(db);
  source = await databaseGraph(db);
  dir = mkdtempSync(path.join(os.tmpdir(), 'liaison-export-cli-'));
});

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await loadRepositorySeed(db);
  await db.close();
});

describe('npm run export', () => {
  it('writes GEXF to --out, which graphology-gexf reads back whole', async () => {
    const out = path.join(dir, 'graph.gexf');
    const { stderr } = await exportCli(['--format', 'gexf', '--out', out]);
    expect(stderr).toMatch(new RegExp(`Exported ${source.nodes.size} nodes and ${source.edges.size} relationships as gexf`));
    expect(plain(parseGexf(readFileSync(out, 'utf8')))).toEqual(plain(source));
  });

  it('writes GraphML and the CSV zip with the same content', async () => {
    await exportCli(['--format', 'graphml', '--out', path.join(dir, 'graph.graphml')]);
    expect(plain(parseGraphml(readFileSync(path.join(dir, 'graph.graphml'), 'utf8')))).toEqual(plain(source));
    await exportCli(['--format', 'csv', '--out', path.join(dir, 'graph.zip')]);
    expect(plain(await parseCsvZip(readFileSync(path.join(dir, 'graph.zip'))))).toEqual(plain(source));
  });

  it('takes the selection options: ids and labels, to stdout', async () => {
    const { stdout } = await exportCli([
      '--format',
      'jsonl',
      '--ids',
      'fixture-obrien,fixture-unodc,event-2021-fixture-meeting',
      '--no-source-nodes',
    ]);
    const parsed = parseJsonLines(stdout);
    expect([...parsed.nodes.keys()].sort()).toEqual(['event-2021-fixture-meeting', 'fixture-obrien', 'fixture-unodc']);
    const expectedEdges = [...source.edges.entries()].filter(
      ([, edge]) =>
        ['event-2021-fixture-meeting', 'fixture-obrien', 'fixture-unodc'].includes(edge.source!) &&
        ['event-2021-fixture-meeting', 'fixture-obrien', 'fixture-unodc'].includes(edge.target!),
    );
    expect([...parsed.edges.keys()].sort()).toEqual(expectedEdges.map(([id]) => id).sort());
    const { stdout: events } = await exportCli(['--format', 'jsonl', '--labels', 'Event', '--no-source-nodes']);
    expect([...parseJsonLines(events).nodes.values()].every((node) => node.labels?.includes('Event'))).toBe(true);
  });

  it('exits 1 with a message naming the bad option', async () => {
    const failure = await exportCli(['--format', 'pdf']).catch((error: { code: number; stderr: string }) => error);
    expect((failure as { code: number }).code).toBe(1);
    expect((failure as { stderr: string }).stderr).toMatch(/format/);
    const unknownView = await exportCli(['--format', 'gexf', '--view', 'view-that-does-not-exist']).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect((unknownView as { code: number }).code).toBe(1);
    expect((unknownView as { stderr: string }).stderr).toMatch(/view-that-does-not-exist/);
  });
});
