import { describe, expect, it } from 'vitest';
import { rows } from '../fixtures/import/graph-snapshot.js';
import { changeCount, curationForFile } from '../support/curation.js';

/**
 * Reverting a merge (issue 14: every change revertible from the history): both entities, their
 * properties, every relationship with its provenance and the redirects come back as they were,
 * compared on the whole neighbourhood read from the database before the merge. Refused with 409
 * naming what changed when something the merge wrote was edited later.
 */
const { file, call } = curationForFile();

/** Properties without `version` (bookkeeping that only ever grows), keys sorted. */
function content(properties: unknown): Record<string, unknown> {
  const { version: _version, ...rest } = properties as Record<string, unknown>;
  return Object.fromEntries(Object.entries(rest).sort(([a], [b]) => a.localeCompare(b)));
}

/** Everything a merge of these entities can touch, read from the database: nodes, relationships, redirects. */
async function neighbourhood(ids: string[]) {
  const nodes = await rows(
    file.db,
    'MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties ORDER BY id',
    {
      ids,
    },
  );
  const relationships = await rows(
    file.db,
    `MATCH (n:Entity)-[r]-() WHERE n.id IN $ids
     RETURN DISTINCT r.id AS id, type(r) AS type, startNode(r).id AS from, endNode(r).id AS to, properties(r) AS properties ORDER BY id`,
    { ids },
  );
  const redirects = await rows(file.db, 'MATCH (r:Redirect) WHERE r.id IN $ids OR r.to IN $ids RETURN r.id AS id, r.to AS to ORDER BY id', { ids });
  return {
    nodes: nodes.map((node) => ({ id: String(node.id), labels: [...(node.labels as string[])].sort(), properties: content(node.properties) })),
    relationships: relationships.map((rel) => ({
      id: String(rel.id),
      type: String(rel.type),
      from: String(rel.from),
      to: String(rel.to),
      properties: content(rel.properties),
    })),
    redirects,
  };
}

async function versionOf(id: string): Promise<number> {
  const [row] = await rows(file.db, 'MATCH (n:Entity {id: $id}) RETURN coalesce(n.version, 0) AS version', { id });
  return Number(row?.version);
}

async function merge(merged: string, kept: string): Promise<string> {
  const response = await call('POST', `/api/entities/${merged}/merge`, {
    into: kept,
    version: await versionOf(merged),
    intoVersion: await versionOf(kept),
    note: 'near-duplicate topics',
  });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return String(response.body.changeId);
}

const revert = (changeId: string) => call('POST', `/api/changes/${changeId}/revert`, { note: 'merge was a mistake' });

describe('revert of a merge', { timeout: 240_000 }, () => {
  it('restores both entities, every relationship with its provenance, and the redirects', async () => {
    const [merged, kept] = ['topic-organ-removal', 'topic-organ-trafficking'];
    // An earlier merge into the entity that will go: its redirect must point at it again afterwards.
    const [earlier] = await rows(
      file.db,
      `MATCH (t:Topic) WHERE NOT t.id IN $pair
       RETURN t.id AS id ORDER BY COUNT { (t)--() }, t.id LIMIT 1`,
      { pair: [merged, kept] },
    );
    const earlierId = String(earlier?.id);
    await merge(earlierId, merged);

    const ids = [merged, kept, earlierId];
    const before = await neighbourhood(ids);
    expect(before.redirects).toEqual([{ id: earlierId, to: merged }]);
    // The pair shares facts (so uniting is exercised) and each has its own.
    expect(before.relationships.length).toBeGreaterThan(2);

    const mergeId = await merge(merged, kept);
    const merging = await neighbourhood(ids);
    expect(merging).not.toEqual(before);
    expect(merging.redirects).toEqual(
      [
        { id: earlierId, to: kept },
        { id: merged, to: kept },
      ].sort((a, b) => (a.id < b.id ? -1 : 1)),
    );

    const changes = await changeCount(file.db);
    const reverted = await revert(mergeId);
    expect(reverted.status, JSON.stringify(reverted.body)).toBe(200);
    expect(reverted.body.reverts).toBe(mergeId);
    expect(await changeCount(file.db)).toBe(changes + 1);
    expect(await neighbourhood(ids)).toEqual(before);

    // The merged id is itself again (no redirect), and both histories show the revert.
    const details = await call('GET', `/api/nodes/${merged}`);
    expect(details.status).toBe(200);
    expect(details.body.node.id).toBe(merged);
    expect(details.body.redirectedFrom).toBeUndefined();
    for (const id of [merged, kept]) {
      const history = await call('GET', `/api/nodes/${id}/history`);
      expect(history.body.changes[0]).toMatchObject({ action: 'revert', reverts: mergeId, note: 'merge was a mistake' });
    }
    const again = await revert(mergeId);
    expect(again.status).toBe(409);
  });

  it('is refused with 409 naming what changed since, and allowed once those changes are reverted', async () => {
    const [merged, kept] = ['topic-strategic-partnerships', 'topic-partnerships-coordination'];
    const ids = [merged, kept];
    const before = await neighbourhood(ids);
    const mergeId = await merge(merged, kept);

    // A later edit of the kept entity.
    const aliases = ((await call('GET', `/api/nodes/${kept}`)).body.node.properties.aliases as string[] | undefined) ?? [];
    const edit = await call('PATCH', `/api/entities/${kept}`, { version: await versionOf(kept), set: { aliases: [...aliases, 'a later alias'] } });
    expect(edit.status, JSON.stringify(edit.body)).toBe(200);
    // A later delete of a relationship the merge moved onto the kept entity.
    const merging = await neighbourhood(ids);
    const moved = merging.relationships.find((rel) => before.relationships.every((old) => old.id !== rel.id));
    expect(moved, 'the merge re-pointed at least one relationship').toBeDefined();
    const [movedRow] = await rows(file.db, 'MATCH ()-[r]->() WHERE r.id = $id RETURN coalesce(r.version, 0) AS version', { id: moved!.id });
    const removal = await call('DELETE', `/api/relationships/${encodeURIComponent(String(moved!.id))}`, {
      version: Number(movedRow?.version),
      reason: 'checking the revert',
    });
    expect(removal.status, JSON.stringify(removal.body)).toBe(200);

    const changed = await neighbourhood(ids);
    const changes = await changeCount(file.db);
    const refused = await revert(mergeId);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('CONFLICT');
    expect(refused.body.error.message).toContain(`"${kept}" changed ("aliases")`);
    expect(refused.body.error.message).toContain(`"${moved!.id}" was removed`);
    expect(refused.body.error.current.id).toBe(kept);
    // Nothing written: not the graph, not the trail.
    expect(await neighbourhood(ids)).toEqual(changed);
    expect(await changeCount(file.db)).toBe(changes);

    // Undo the later changes (newest first), then the merge: back to the state before it.
    for (const changeId of [removal.body.changeId, edit.body.changeId]) {
      const undone = await revert(String(changeId));
      expect(undone.status, JSON.stringify(undone.body)).toBe(200);
    }
    const reverted = await revert(mergeId);
    expect(reverted.status, JSON.stringify(reverted.body)).toBe(200);
    expect(await neighbourhood(ids)).toEqual(before);
  });
});
