import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WRONG_CREDENTIALS } from '../../api/src/contract/auth.js';
import { makeAccount, removeAuthData } from '../support/auth.js';
import {
  field as fieldOf,
  firstHit as firstHitOf,
  nodeProperties as nodePropertiesOf,
  openNode as openNodeOn,
  panel as panelOf,
  shoot as shootScreens,
  signIn as signInAs,
  signOut as signOutOf,
} from './curation-support.js';
import { canvasState, openExplorer, pickFromSearch, poll, screenshot, startExplorer, waitForLayout, type Explorer } from './explorer-app.js';

/**
 * Issue 14's editor story in Chromium: sign in, add next month's event with its organiser, its
 * place and their evidence, see it on the canvas and in search at once, edit it, read its history,
 * revert; a viewer suggests a correction and the editor accepts it. Screenshots of the forms, the
 * history and the review queue at two sizes and in both languages go to .artifacts/e2e.
 */

let explorer: Explorer;
let context: BrowserContext;
let page: Page;
let errors: string[] = [];
let editor: { name: string; password: string };
let viewer: { name: string; password: string };

const NAME = 'Regional workshop on trafficking for forced criminality';
const RENAMED = `${NAME} (Vienna)`;
const SOURCE_TITLE = 'Workshop announcement on forced criminality';
const ORGANISER_QUOTE = 'UNODC organises a regional workshop on forced criminality';
const PLACE_QUOTE = 'the workshop takes place in Vienna';
let eventId = '';
let organiser = '';
let city = '';

const panel = () => panelOf(page);
const field = (key: string) => fieldOf(page, key);
const firstHit = (q: string, label: string) => firstHitOf(explorer, q, label);
const nodeProperties = (id: string) => nodePropertiesOf(explorer, id);
const signIn = (account: { name: string; password: string }) => signInAs(page, account);
const signOut = () => signOutOf(page);
const openNode = (text: string, id: string) => openNodeOn(page, text, id);
const shoot = (name: string) => shootScreens(page, name);

beforeAll(async () => {
  explorer = await startExplorer();
  editor = await makeAccount(explorer.db, 'editor');
  viewer = await makeAccount(explorer.db, 'viewer');
  organiser = await firstHit('UNODC', 'Actor');
  city = await firstHit('Vienna', 'City');
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

describe('an editor curates from the explorer', () => {
  it('refuses a wrong password with the server’s sentence, then signs in', async () => {
    await page.click('[data-testid=sign-in]');
    const dialog = page.locator('[data-testid=sign-in-dialog]');
    await dialog.locator('input[name=name]').fill(editor.name);
    await dialog.locator('input[name=password]').fill(`${editor.password}-wrong`);
    await dialog.locator('[data-testid=sign-in-submit]').click();
    await poll(() => dialog.locator('[data-testid=sign-in-error]').textContent()).toBe(WRONG_CREDENTIALS);
    await screenshot(page, 'curation-sign-in-error.png');
    await dialog.locator('input[name=password]').fill(editor.password);
    await dialog.locator('[data-testid=sign-in-submit]').click();
    await poll(() => page.locator('[data-testid=account-button]').textContent()).toContain(editor.name);
    expect(await dialog.isVisible()).toBe(false);
  });

  it('creates an event that appears on the canvas and in search at once', async () => {
    await page.click('[data-testid=account-button]');
    await page.click('[data-testid=menu-new-entity]');
    await panel().locator('#entity-label').selectOption('Event');
    await field('name_en').fill(NAME);
    await field('kind').selectOption('workshop');
    await field('start').fill('2027-01-18');
    await field('participants').fill('35');
    await shoot('create');
    await panel().locator('[data-testid=curation-submit]').click();
    await panel().locator('[data-testid=curation-done]').waitFor();

    await poll(() => page.evaluate(() => window.__liaison!.state.focus?.id ?? '')).toMatch(/^event-/);
    eventId = await page.evaluate(() => window.__liaison!.state.focus!.id);
    const stored = await nodeProperties(eventId);
    expect(stored).toMatchObject({ name_en: NAME, kind: 'workshop', start: '2027-01-18', participants: 35 });
    await poll(async () => (await canvasState(page)).nodes).toContain(eventId);

    await page.fill('#main-search', 'forced criminality workshop');
    await page.locator(`[data-testid=search-main-search] li[data-id="${eventId}"]`).waitFor({ timeout: 20_000 });
    await page.fill('#main-search', '');
  });

  it('adds its organiser with a new source and its evidence quote', async () => {
    await panel().locator('[data-testid=relate-to-new]').click();
    await panel().locator('#relationship-type').selectOption('ORGANISED');
    expect(await panel().locator('[data-testid=expected-ends]').textContent()).toContain('Event');
    await pickFromSearch(page, 'relationship-from', 'UNODC', organiser);
    await panel().locator('[data-testid=provenance-new]').click();
    await panel().locator('#new-source-title').fill(SOURCE_TITLE);
    await panel().locator('#new-source-publisher').fill('UNODC');
    await panel().locator('#new-source-published').fill('2026-11-20');
    await panel().locator('#new-source-url').fill('https://www.unodc.org/forced-criminality-workshop');
    // The counter follows the quote as it is typed, and refuses a 13th word.
    const long = `${ORGANISER_QUOTE} in Vienna this January with partners`;
    await panel().locator('#provenance-evidence').fill(long);
    expect(await panel().locator('[data-testid=evidence-words]').textContent()).toContain(`${long.split(' ').length} / 12`);
    await panel().locator('[data-testid=curation-submit]').click();
    await panel().locator('.provenance .field-error').waitFor();
    await panel().locator('#provenance-evidence').fill(ORGANISER_QUOTE);
    expect(await panel().locator('[data-testid=evidence-words]').textContent()).toContain(`${ORGANISER_QUOTE.split(' ').length} / 12`);
    await shoot('relationship');
    await panel().locator('[data-testid=curation-submit]').click();
    await panel().locator('[data-testid=curation-done]').waitFor();

    await poll(() =>
      page.evaluate(([from, to]) => window.__liaison!.cy!.edges(`[source = "${from}"][target = "${to}"]`).length, [organiser, eventId] as const),
    ).toBe(1);
    const details = (await explorer.api(`/api/nodes/${eventId}`)).body as {
      provenance: { source: { id: string; title: string | null }; statements: { type: string; evidence: string }[] }[];
    };
    const cited = details.provenance.find((entry) => entry.source.title === SOURCE_TITLE);
    expect(cited?.statements.map((statement) => [statement.type, statement.evidence])).toEqual([['ORGANISED', ORGANISER_QUOTE]]);
  });

  it('places it in a city (HELD_IN) on the evidence of the same source, picked by typeahead', async () => {
    const sourceId = await firstHit('forced criminality announcement', 'Source');
    await panel().locator('[data-testid=relate-again]').click();
    await panel().locator('#relationship-type').selectOption('HELD_IN');
    // The form opened from the organiser; the event is the start of HELD_IN.
    await pickFromSearch(page, 'relationship-from', 'forced criminality workshop', eventId);
    await pickFromSearch(page, 'relationship-to', 'Vienna', city);
    expect(await panel().locator('[data-testid=direction]').textContent()).toContain('held in');
    await pickFromSearch(page, 'provenance-source', 'forced criminality announcement', sourceId);
    await panel().locator('#provenance-evidence').fill(PLACE_QUOTE);
    await panel().locator('[data-testid=curation-submit]').click();
    await panel().locator('[data-testid=curation-done]').waitFor();
    await poll(async () => (await canvasState(page)).nodes).toContain(city);
    await poll(() =>
      page.evaluate(([from, to]) => window.__liaison!.cy!.edges(`[source = "${from}"][target = "${to}"]`).length, [eventId, city] as const),
    ).toBe(1);
    await waitForLayout(page);
  });

  it('edits it (only the changed property is sent) and the canvas and search follow', async () => {
    await page.click('[data-testid=curation-panel] .close');
    await openNode('forced criminality workshop', eventId);
    await page.click('[data-testid=curate-edit]');
    await field('name_en').fill(RENAMED);
    await poll(() => panel().locator('[data-testid=changed-count]').textContent()).toBe('1 property changed');
    await shoot('edit');
    const sent = page.waitForRequest((request) => request.method() === 'PATCH' && request.url().includes(`/api/entities/${eventId}`));
    await panel().locator('[data-testid=curation-submit]').click();
    expect(JSON.parse((await sent).postData() ?? '{}')).toMatchObject({ version: expect.any(Number), set: { name_en: RENAMED }, unset: [] });
    await panel().locator('[data-testid=curation-saved]').waitFor();
    expect((await nodeProperties(eventId)).name_en).toBe(RENAMED);
    await poll(() => page.locator('[data-testid=details] h2').textContent()).toBe(RENAMED);
    await page.fill('#main-search', '(Vienna) forced criminality');
    await poll(() => page.locator(`[data-testid=search-main-search] li[data-id="${eventId}"] .result-name`).textContent()).toBe(RENAMED);
    await page.fill('#main-search', '');
  });

  it('keeps the form through an expired session: sign in again and the write goes through', async () => {
    await field('participants').fill('42');
    await context.clearCookies();
    await panel().locator('[data-testid=curation-submit]').click();
    const dialog = page.locator('[data-testid=sign-in-dialog]');
    await dialog.locator('[data-testid=sign-in-stale]').waitFor();
    await screenshot(page, 'curation-stale-session.png');
    await dialog.locator('input[name=name]').fill(editor.name);
    await dialog.locator('input[name=password]').fill(editor.password);
    await dialog.locator('[data-testid=sign-in-submit]').click();
    await poll(async () => (await nodeProperties(eventId)).participants).toBe(42);
    expect(await field('participants').inputValue()).toBe('42');
  });

  it('shows the history with before → after, and reverts the rename', async () => {
    await page.click('[data-testid=curate-history]');
    const history = panel().locator('[data-testid=history]');
    await poll(() => history.locator('li.change').count()).toBeGreaterThanOrEqual(3);
    const actions = await history.locator('li.change').evaluateAll((items) => items.map((item) => item.getAttribute('data-action')));
    expect(actions.slice(0, 2)).toEqual(['update', 'update']);
    expect(actions).toContain('create');
    const rename = history.locator('li.change', { hasText: RENAMED }).first();
    expect(await rename.locator('td.before').first().textContent()).toBe(NAME);
    expect(await rename.locator('td.after').first().textContent()).toBe(RENAMED);
    expect(await rename.textContent()).toContain(editor.name);
    await shoot('history');
    await rename.locator('[data-testid=revert]').click();
    await poll(async () => (await nodeProperties(eventId)).name_en).toBe(NAME);
    // The other edit stays: a revert undoes one change.
    expect((await nodeProperties(eventId)).participants).toBe(42);
    await poll(() => page.locator('[data-testid=details] h2').textContent()).toBe(NAME);
    await poll(() => history.locator('li.change[data-action=revert]').count()).toBe(1);
  });
});

describe('a viewer suggests, an editor reviews', () => {
  it('lets a viewer suggest a correction with its provenance', async () => {
    await signOut();
    await signIn(viewer);
    await openNode('forced criminality workshop', eventId);
    expect(await page.locator('[data-testid=curate-edit]').count()).toBe(0);
    await page.click('[data-testid=curate-suggest]');
    await field('participants').fill('48');
    const sourceId = await firstHit('forced criminality announcement', 'Source');
    await pickFromSearch(page, 'provenance-source', 'forced criminality announcement', sourceId);
    await panel().locator('#provenance-evidence').fill('48 participants from 12 countries');
    await panel().locator('#curation-note').fill('The final list of participants is longer.');
    await shoot('suggest');
    await panel().locator('[data-testid=curation-submit]').click();
    await panel().locator('[data-testid=curation-done]').waitFor();
    // Nothing changed yet: it waits for review.
    expect((await nodeProperties(eventId)).participants).toBe(42);
  });

  it('lets the editor accept it from the review queue, crediting the viewer', async () => {
    await signOut();
    await signIn(editor);
    await poll(() => page.locator('[data-testid=account-button] .badge').textContent()).toBe('1');
    await page.click('[data-testid=account-button]');
    await page.click('[data-testid=menu-review]');
    const card = panel().locator('li.suggestion').first();
    await card.waitFor();
    expect(await card.textContent()).toContain(viewer.name);
    expect(await card.textContent()).toContain('48 participants from 12 countries');
    await shoot('review');
    await card.locator('[data-testid=accept]').click();
    await poll(async () => (await nodeProperties(eventId)).participants).toBe(48);
    const history = (await explorer.api(`/api/nodes/${eventId}/history`)).body.changes as { actor: string; suggested_by: string | null }[];
    expect(history[0]).toMatchObject({ actor: editor.name, suggested_by: viewer.name });
    expect(errors).toEqual([]);
  });
});
