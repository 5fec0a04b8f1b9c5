import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { rows } from '../fixtures/import/graph-snapshot.js';
import { curationApp } from '../support/curation.js';
import { seededForFile } from '../support/db.js';
import { graphFingerprint } from '../support/fingerprint.js';

/**
 * A backup taken while the app runs, after curation writes (a merge with its redirect, a created and
 * edited entity, suggestions accepted and rejected), restores the audit trail too: every :Change,
 * :Redirect and :Suggestion node, and the app answers from them as before (old id → redirect, history).
 */
const execute = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const CLI_TIMEOUT_MS = 300_000;
const file = seededForFile();
let curation: Awaited<ReturnType<typeof curationApp>>;
let dir: string;
const call = (...args: Parameters<typeof curation.call>) => curation.call(...args);

async function cli(script: 'backup' | 'restore', args: string[]) {
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

async function countOf(label: string): Promise<number> {
  const [row] = await rows(file.db, `MATCH (n:${label}) RETURN count(n) AS count`);
  return Number(row?.count ?? 0);
}

beforeAll(async () => {
  curation = await curationApp(file.db);
  dir = mkdtempSync(path.join(os.tmpdir(), 'liaison-backup-curation-'));
});
afterAll(async () => {
  await curation.app.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('backup after curation', { timeout: 600_000 }, () => {
  it('restores the Change, Redirect and Suggestion nodes, and the app answers from them', async () => {
    const merged = await call('POST', '/api/entities/topic-organ-removal/merge', {
      into: 'topic-organ-trafficking',
      version: 0,
      intoVersion: 0,
      note: 'duplicates',
    });
    expect(merged.status, JSON.stringify(merged.body)).toBe(200);
    const created = await call('POST', '/api/entities', { label: 'Topic', properties: { name_en: 'Backup curation topic' } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.node.id as string;
    const edited = await call('PATCH', `/api/entities/${id}`, { version: 1, set: { description: 'Edited before the backup.' } });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    const source = file.graph.nodes.find((node) => node.label === 'Source' && node.properties.kind === 'document')?.id;
    const provenance = { source, evidence: 'quoted words' };
    const accepted = await call('POST', '/api/suggestions', {
      change: { action: 'update-entity', id: 'osce', body: { version: 0, set: { description: 'Suggested.' } } },
      provenance,
    });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(201);
    expect((await call('POST', `/api/suggestions/${accepted.body.suggestion.id}/accept`, {})).status).toBe(200);
    const rejected = await call('POST', '/api/suggestions', {
      change: { action: 'update-entity', id: 'coe', body: { version: 0, set: { description: 'No.' } } },
      provenance,
    });
    expect(rejected.status, JSON.stringify(rejected.body)).toBe(201);
    expect((await call('POST', `/api/suggestions/${rejected.body.suggestion.id}/reject`, { reason: 'not supported' })).status).toBe(200);

    const counts = { Change: await countOf('Change'), Redirect: await countOf('Redirect'), Suggestion: await countOf('Suggestion') };
    expect(counts.Change).toBeGreaterThanOrEqual(6);
    expect(counts.Redirect).toBe(1);
    expect(counts.Suggestion).toBe(2);
    const before = await graphFingerprint(file.db);
    const historyBefore = (await call('GET', `/api/nodes/${id}/history`)).body;

    // Backup while the app runs; then empty the database and restore it.
    const backupFile = path.join(dir, 'curated.jsonl.gz');
    const backup = await cli('backup', ['--out', backupFile]);
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stdout).toMatch(new RegExp(`:Change\\s+${counts.Change}\\s`));
    await file.db.driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database: file.db.config.database });
    expect(await countOf('Change')).toBe(0);
    const restore = await cli('restore', [backupFile]);
    expect(restore.code, restore.stderr).toBe(0);
    expect(restore.stdout).toMatch(new RegExp(`:Redirect\\s+1\\s+[0-9a-f]{16}\\s+ok`));

    expect(await graphFingerprint(file.db)).toEqual(before);
    expect({ Change: await countOf('Change'), Redirect: await countOf('Redirect'), Suggestion: await countOf('Suggestion') }).toEqual(counts);
    const details = await call('GET', '/api/nodes/topic-organ-removal');
    expect(details.status).toBe(200);
    expect(details.body).toMatchObject({ node: { id: 'topic-organ-trafficking' }, redirectedFrom: 'topic-organ-removal' });
    expect((await call('GET', `/api/nodes/${id}/history`)).body).toEqual(historyBefore);
    const reviewed = await call('GET', '/api/suggestions?status=rejected');
    expect(reviewed.body.suggestions.map((s: { id: string }) => s.id)).toEqual([rejected.body.suggestion.id]);
  });
});
