import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { curationEn } from '../../web/src/i18n/curation-en.js';
import { Browser, makeAccount, removeAuthData } from '../support/auth.js';
import { field, firstHit, nodeProperties, openNode, panel, shoot, signIn } from './curation-support.js';
import { canvasState, openExplorer, pickFromSearch, poll, startExplorer, type Explorer } from './explorer-app.js';

/**
 * Issue 14's repairs in Chromium, the screens curation.test.ts does not reach: delete with a
 * reason and restore from the history; merge a near-duplicate topic (its old id then leads to the
 * kept one); an edit refused with 409 because someone saved first, the current state shown, and
 * "apply my changes" putting the user's change on top of the other's. Screens of each form at two
 * sizes and in both languages go to .artifacts/e2e.
 */

let explorer: Explorer;
let context: BrowserContext;
let page: Page;
let errors: string[] = [];
let editor: { name: string; password: string };
let colleague: { name: string; password: string };

/**
 * The ids of a node's relationships, read straight from the database (not through the app: its
 * expand, ranked and bounded by the read timeout, timed out at a load average of 24).
 */
async function relationshipsOf(id: string): Promise<string[]> {
  const result = await explorer.db.driver.executeQuery(
    'MATCH (:Entity {id: $id})-[r]-() RETURN DISTINCT r.id AS id ORDER BY id',
    { id },
    { database: explorer.db.config.database },
  );
  return result.records.map((record) => String(record.get('id')));
}

beforeAll(async () => {
  explorer = await startExplorer();
  editor = await makeAccount(explorer.db, 'editor');
  colleague = await makeAccount(explorer.db, 'editor', 'colleague');
  ({ context, page, errors } = await openExplorer(explorer, '/?lang=en'));
  await page.setViewportSize({ width: 1440, height: 900 });
  // Starting Neo4j, building the e2e web app and the app itself: minutes on a busy 2-core machine.
}, 900_000);

afterAll(async () => {
  // Accounts make the console admin-only: later files of the run meet a single-user install again.
  if (explorer) await removeAuthData(explorer.db);
  await context?.close();
  await explorer?.stop();
});

// Each step waits on reads that take seconds each at a load average near 30 (seen: 27–33).
describe('an editor repairs the graph', { timeout: 300_000 }, () => {
  it('signs in as an editor', async () => {
    await signIn(page, editor);
  });

  it('deletes a city with a reason, then restores it with its relationships from the history', async () => {
    const cityId = await firstHit(explorer, 'Dublin', 'City');
    const relationships = await relationshipsOf(cityId);
    expect(relationships.length).toBeGreaterThan(0);
    await openNode(page, 'Dublin', cityId);
    await page.click('[data-testid=curate-delete]');
    const reason = 'Duplicate of the capital entry, checking the sources';
    await panel(page).locator('#delete-reason').fill(reason);
    await shoot(page, 'delete');
    await panel(page).locator('[data-testid=delete-submit]').click();

    // Gone from the API and the canvas; the history opens on the deletion, its reason and a way back.
    await poll(async () => (await explorer.api(`/api/nodes/${cityId}`)).status).toBe(404);
    await poll(async () => (await canvasState(page)).nodes.includes(cityId)).toBe(false);
    const deletion = panel(page).locator('[data-testid=history] li.change[data-action=delete]');
    await deletion.waitFor({ timeout: 20_000 });
    expect(await deletion.locator('.change-note').textContent()).toContain(reason);
    expect(await deletion.textContent()).toContain(editor.name);
    await shoot(page, 'deleted-history');
    await deletion.locator('[data-testid=revert]').click();

    await poll(async () => (await explorer.api(`/api/nodes/${cityId}`)).status).toBe(200);
    expect(await relationshipsOf(cityId)).toEqual(relationships);
    await poll(async () => (await canvasState(page)).nodes.includes(cityId)).toBe(true);
    await poll(() => panel(page).locator('[data-testid=history] li.change[data-action=restore]').count()).toBe(1);
  });

  it('merges a near-duplicate topic into the one kept: its old id leads there; the history reverts it', async () => {
    const merged = await firstHit(explorer, 'trafficking for the removal of organs', 'Topic');
    const kept = await firstHit(explorer, 'trafficking in organs, tissues and cells', 'Topic');
    expect(merged).not.toBe(kept);
    const mergedName = (await nodeProperties(explorer, merged)).name_en as string;
    const keptBefore = await relationshipsOf(kept);
    const mergedBefore = await relationshipsOf(merged);
    await openNode(page, 'removal of organs', merged);
    await page.click('[data-testid=curate-merge]');
    await pickFromSearch(page, 'merge-into', 'organs, tissues and cells', kept);
    await panel(page).locator('#merge-note').fill('Same topic under two names');
    await shoot(page, 'merge');
    await panel(page).locator('[data-testid=merge-submit]').click();
    await panel(page).locator('[data-testid=curation-done]').waitFor({ timeout: 30_000 });

    const redirected = await explorer.api(`/api/nodes/${merged}`);
    expect(redirected.status).toBe(200);
    expect(redirected.body.node.id).toBe(kept);
    expect(redirected.body.redirectedFrom).toBe(merged);
    // The merged name is an alias of the kept topic, and every relationship it had before stays.
    expect((await nodeProperties(explorer, kept)).aliases).toContain(mergedName);
    expect(await relationshipsOf(kept)).toEqual(expect.arrayContaining(keptBefore));
    await poll(async () => (await canvasState(page)).nodes.includes(merged)).toBe(false);
    await poll(async () => (await canvasState(page)).nodes.includes(kept)).toBe(true);

    // The kept topic's history shows the merge, and reverting it brings both topics back as they were.
    await page.locator(`[data-testid=details] [data-node="${kept}"]`).waitFor({ timeout: 20_000 });
    await page.click('[data-testid=curate-history]');
    const merge = panel(page).locator('[data-testid=history] li.change[data-action=merge]');
    await merge.waitFor({ timeout: 20_000 });
    await shoot(page, 'merge-history');
    await merge.locator('[data-testid=revert]').click();
    await poll(async () => (await explorer.api(`/api/nodes/${merged}`)).body.redirectedFrom ?? null).toBe(null);
    expect((await explorer.api(`/api/nodes/${merged}`)).body.node.id).toBe(merged);
    expect((await nodeProperties(explorer, kept)).aliases ?? []).not.toContain(mergedName);
    expect(await relationshipsOf(merged)).toEqual(mergedBefore);
    expect(await relationshipsOf(kept)).toEqual(keptBefore);
  });

  it('shows the current state when someone saved first (409), and applies my change on top of theirs', async () => {
    const topic = await firstHit(explorer, 'Trafficking and asylum', 'Topic');
    const before = await nodeProperties(explorer, topic);
    await openNode(page, 'Trafficking and asylum', topic);
    await page.click('[data-testid=curate-edit]');
    const mine = 'Where asylum procedures and the identification of victims meet.';
    await field(page, 'description').fill(mine);

    // A colleague saves another change of the same topic meanwhile, at the version the form read.
    const other = new Browser(explorer.baseUrl);
    expect((await other.signIn(colleague.name, colleague.password)).status).toBe(200);
    const theirs = 'Asylum and trafficking';
    const saved = await other.send(`/api/entities/${topic}`, {
      method: 'PATCH',
      body: { version: typeof before.version === 'number' ? before.version : 0, set: { short_name_en: theirs } },
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);

    await panel(page).locator('[data-testid=curation-submit]').click();
    const conflict = panel(page).locator('[data-testid=conflict]');
    await conflict.waitFor({ timeout: 20_000 });
    expect(await conflict.textContent()).toContain(theirs);
    await shoot(page, 'conflict');
    await conflict.locator('[data-testid=reapply]').click();
    await panel(page).locator('[data-testid=curation-saved]').waitFor({ timeout: 20_000 });

    // Both changes are stored: mine applied to the current version, theirs kept.
    const after = await nodeProperties(explorer, topic);
    expect(after).toMatchObject({ description: mine, short_name_en: theirs, name_en: before.name_en });
    expect(await field(page, 'short_name_en').inputValue()).toBe(theirs);
    expect(await panel(page).locator('[data-testid=changed-count]').textContent()).toBe(curationEn.curation.nothingChanged);
    expect(errors).toEqual([]);
  });
});
