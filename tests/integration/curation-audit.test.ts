import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliActor } from '../../api/src/auth/actor.js';
import { createEntity } from '../../api/src/curation/entities.js';
import { curationTransaction } from '../../api/src/curation/transaction.js';
import type { Transaction } from '../../api/src/db/driver.js';
import { rows } from '../fixtures/import/graph-snapshot.js';
import { changeCount, curationApp } from '../support/curation.js';
import { seededForFile, testDatabase } from '../support/db.js';

/** The audit trail: no write without its record, revert, suggestions, GET /api/changes and JSON Lines. */
const file = seededForFile();
let curation: Awaited<ReturnType<typeof curationApp>>;
const call = (...args: Parameters<typeof curation.call>) => curation.call(...args);
const enc = encodeURIComponent;

beforeAll(async () => {
  curation = await curationApp(file.db);
});
afterAll(async () => {
  await curation.app.close();
});

const topic = (name: string) => ({ label: 'Topic', properties: { name_en: name } });

describe('a write without its change record is impossible', { timeout: 240_000 }, () => {
  it('leaves neither the node nor a change when the transaction is killed between the write and its record', async () => {
    const killer = testDatabase();
    const before = await changeCount(file.db);
    let killed = 0;
    // Each attempt of the managed transaction is terminated from another session right after the
    // node was created and before the change is recorded (the driver may retry: every retry dies too).
    const killing = (tx: Transaction): Transaction => ({
      run: async (name, params) => {
        const result = await tx.run(name, params);
        if (name === 'curate-create-node') {
          const victims = await killer.driver.executeQuery(
            "SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData.operation = 'curation' RETURN transactionId",
            {},
            { database: killer.config.database },
          );
          for (const record of victims.records) {
            await killer.driver.executeQuery('TERMINATE TRANSACTION $id', { id: record.get('transactionId') }, { database: killer.config.database });
            killed += 1;
          }
        }
        return result;
      },
    });
    await expect(
      curationTransaction(file.db, (tx) =>
        createEntity(killing(tx), { actor: cliActor('audit-test') }, { label: 'Topic', properties: { name_en: 'Killed topic quokka' } }),
      ),
    ).rejects.toThrow();
    expect(killed).toBeGreaterThan(0);
    expect(await rows(file.db, "MATCH (n:Entity) WHERE n.name_en = 'Killed topic quokka' RETURN n")).toHaveLength(0);
    expect(await changeCount(file.db)).toBe(before);
    await killer.close();
  });

  it('leaves neither when the second statement (the record) fails in Neo4j', async () => {
    const before = await changeCount(file.db);
    // The record is made invalid for Neo4j (a map is not a property value): the database refuses it.
    const failing = (tx: Transaction): Transaction => ({
      run: (name, params) =>
        tx.run(
          name,
          name === 'curate-record-change' ? { change: { ...(params?.change as object), before: { not: { a: 'property value' } } } } : params,
        ),
    });
    await expect(
      curationTransaction(file.db, (tx) =>
        createEntity(failing(tx), { actor: cliActor('audit-test') }, { label: 'Topic', properties: { name_en: 'Orphan topic wombat' } }),
      ),
    ).rejects.toThrow();
    expect(await rows(file.db, "MATCH (n:Entity) WHERE n.name_en = 'Orphan topic wombat' RETURN n")).toHaveLength(0);
    expect(await changeCount(file.db)).toBe(before);
  });
});

describe('revert', { timeout: 240_000 }, () => {
  it('reverts an edit (itself a change), refuses a second revert and a revert under a later edit', async () => {
    const created = await call('POST', '/api/entities', topic('Revertible topic'));
    const id = created.body.node.id as string;
    const edit = await call('PATCH', `/api/entities/${id}`, { version: 1, set: { description: 'first' } });
    const before = await changeCount(file.db);
    const reverted = await call('POST', `/api/changes/${edit.body.changeId}/revert`, { note: 'was wrong' });
    expect(reverted.status, JSON.stringify(reverted.body)).toBe(200);
    expect(await changeCount(file.db)).toBe(before + 1);
    const node = await call('GET', `/api/nodes/${id}`);
    expect(node.body.node.properties.description).toBeUndefined();
    expect(node.body.node.properties.version).toBe(3);
    const again = await call('POST', `/api/changes/${edit.body.changeId}/revert`, {});
    expect(again.status).toBe(409);

    const second = await call('PATCH', `/api/entities/${id}`, { version: 3, set: { description: 'second' } });
    await call('PATCH', `/api/entities/${id}`, { version: 4, set: { description: 'third' } });
    const underLater = await call('POST', `/api/changes/${second.body.changeId}/revert`, {});
    expect(underLater.status).toBe(409);
    expect(underLater.body.error.current.properties.description).toBe('third');

    // A later edit of ANOTHER property does not stand in the way: the revert undoes its change only.
    const renamed = await call('PATCH', `/api/entities/${id}`, { version: 5, set: { name_en: 'Revertible topic, renamed' } });
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
    await call('PATCH', `/api/entities/${id}`, { version: 6, set: { description: 'fourth' } });
    const underOther = await call('POST', `/api/changes/${renamed.body.changeId}/revert`, {});
    expect(underOther.status, JSON.stringify(underOther.body)).toBe(200);
    const kept = (await call('GET', `/api/nodes/${id}`)).body.node.properties;
    expect(kept).toMatchObject({ name_en: 'Revertible topic', description: 'fourth', version: 8 });

    const history = await call('GET', `/api/nodes/${id}/history`);
    const revert = history.body.changes.find((c: { action: string; reverts: string | null }) => c.reverts === edit.body.changeId);
    expect(revert).toMatchObject({ reverts: edit.body.changeId, note: 'was wrong' });
    expect(history.body.changes.find((c: { id: string }) => c.id === edit.body.changeId).reverted_by).toBe(revert.id);
  });

  it('reverts a delete by rebuilding the node and its relationships', async () => {
    const rels = file.graph.relationships.filter((rel) => rel.from === 'greta' || rel.to === 'greta');
    const deleted = await call('DELETE', '/api/entities/greta', { version: 0, reason: 'revert test' });
    expect(deleted.body.relationships).toBe(rels.length);
    const reverted = await call('POST', `/api/changes/${deleted.body.changeId}/revert`, {});
    expect(reverted.status, JSON.stringify(reverted.body)).toBe(200);
    const stored = await rows(file.db, "MATCH (:Entity {id: 'greta'})-[r]-() RETURN r.id AS id");
    expect(stored.map((row) => row.id).sort()).toEqual(rels.map((rel) => rel.id).sort());
  });
});

describe('suggestions', { timeout: 240_000 }, () => {
  it('queues a suggestion, accepts it as a change crediting the suggester, rejects another with a reason', async () => {
    const provenance = {
      source: file.graph.nodes.find((n) => n.label === 'Source' && n.properties.kind === 'document')?.id,
      evidence: 'quoted words',
    };
    let count = await changeCount(file.db);
    const first = await call('POST', '/api/suggestions', {
      change: { action: 'update-entity', id: 'osce', body: { version: 0, set: { description: 'Suggested description.' } } },
      provenance,
      note: 'from the OSCE site',
    });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body.suggestion).toMatchObject({ status: 'open', target: { kind: 'node', id: 'osce' }, suggested_by: 'admin-token' });
    expect(await changeCount(file.db)).toBe((count += 1));
    const second = await call('POST', '/api/suggestions', { change: { action: 'create-entity', body: topic('Suggested topic') }, provenance });
    expect(second.status).toBe(201);
    expect(await changeCount(file.db)).toBe((count += 1));
    const mismatch = await call('POST', '/api/suggestions', {
      target: { kind: 'node', id: 'coe' },
      change: first.body.suggestion.change,
      provenance,
    });
    expect(mismatch.body.error.field).toBe('target');

    const queue = await call('GET', '/api/suggestions?status=open');
    expect(queue.body.suggestions.map((s: { id: string }) => s.id)).toEqual([first.body.suggestion.id, second.body.suggestion.id]);

    const accepted = await call('POST', `/api/suggestions/${first.body.suggestion.id}/accept`, {});
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    expect(accepted.body.suggestion).toMatchObject({ status: 'accepted', reviewed_by: 'admin-token', changeId: accepted.body.changeId });
    expect(await changeCount(file.db)).toBe((count += 1));
    const osce = await call('GET', '/api/nodes/osce');
    expect(osce.body.node.properties.description).toBe('Suggested description.');
    const [change] = (await call('GET', '/api/nodes/osce/history')).body.changes;
    expect(change).toMatchObject({ id: accepted.body.changeId, action: 'update', suggested_by: 'admin-token' });

    const rejected = await call('POST', `/api/suggestions/${second.body.suggestion.id}/reject`, { reason: 'already covered' });
    expect(rejected.body.suggestion).toMatchObject({ status: 'rejected', reason: 'already covered' });
    expect(await changeCount(file.db)).toBe((count += 1));
    const twice = await call('POST', `/api/suggestions/${second.body.suggestion.id}/accept`, {});
    expect(twice.status).toBe(409);
    // A stable reason and its values, so the explorer can say it in French (issue 16).
    expect(twice.body.error).toMatchObject({ reason: 'suggestion-reviewed', params: { status: 'rejected' } });
    expect((await call('GET', '/api/suggestions?status=open')).body.suggestions).toHaveLength(0);
    const noReason = await call('POST', `/api/suggestions/${second.body.suggestion.id}/reject`, {});
    expect(noReason.body.error.field).toBe('reason');
  });
});

describe('GET /api/changes', { timeout: 240_000 }, () => {
  it('pages through every change newest first, filters, and exports JSON Lines', async () => {
    const all = await rows(file.db, 'MATCH (c:Change) RETURN c.id AS id, c.at AS at, c.actor AS actor ORDER BY c.at DESC, c.id DESC');
    expect(all.length).toBeGreaterThan(5);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { changes: { id: string }[]; nextCursor: string | null } } = await call(
        'GET',
        `/api/changes?limit=3${cursor ? `&cursor=${enc(cursor)}` : ''}`,
      );
      expect(page.body.changes.length).toBeLessThanOrEqual(3);
      seen.push(...page.body.changes.map((c) => c.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.map((row) => row.id));

    const byElement = await call('GET', '/api/changes?element=osce');
    expect(byElement.body.changes.length).toBeGreaterThan(0);
    for (const change of byElement.body.changes) expect(JSON.stringify(change)).toContain('osce');
    const byUser = await call('GET', '/api/changes?user=nobody-at-all');
    expect(byUser.body.changes).toHaveLength(0);
    const future = await call('GET', '/api/changes?from=2999-01-01');
    expect(future.body.changes).toHaveLength(0);
    const today = new Date().toISOString().slice(0, 10);
    const upToToday = await call('GET', `/api/changes?to=${today}&limit=500`);
    expect(upToToday.body.changes).toHaveLength(all.length);
    expect((await call('GET', '/api/changes?cursor=garbage')).body.error.field).toBe('cursor');

    const jsonl = await fetch(`${curation.app.baseUrl}/api/changes?format=jsonl`);
    expect(jsonl.headers.get('content-type')).toContain('application/x-ndjson');
    const lines = (await jsonl.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string });
    expect(lines.map((line) => line.id)).toEqual(all.map((row) => row.id));
  });
});
