import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { poll, screenshot, type Explorer } from './explorer-app.js';

/** What the curation e2e files share: accounts signing in through the dialog, nodes opened from search, screens in two sizes and languages. */

export const panel = (page: Page) => page.locator('[data-testid=curation-panel]');
export const field = (page: Page, key: string) => panel(page).locator(`[data-field="${key}"]`);

/** Id of the first search hit of `q` among `label` nodes, as the API answers it. */
export async function firstHit(explorer: Explorer, q: string, label: string): Promise<string> {
  // A cold or overloaded database can time a search out (503): ask until it answers (beforeAll has no expect.poll).
  let hits: { id: string }[] = [];
  let last = '';
  for (const deadline = Date.now() + 60_000; hits.length === 0 && Date.now() < deadline;) {
    const answer = await explorer.api(`/api/search?q=${encodeURIComponent(q)}&labels=${label}`);
    hits = answer.status === 200 ? (answer.body.results as { id: string }[]) : [];
    last = `${answer.status} ${JSON.stringify(answer.body).slice(0, 200)}`;
    if (hits.length === 0) await new Promise((resolve) => setTimeout(resolve, 500));
  }
  expect(hits.length, `search "${q}" (${label}): ${last}`).toBeGreaterThan(0);
  return hits[0]!.id;
}

export async function nodeProperties(explorer: Explorer, id: string): Promise<Record<string, unknown>> {
  const answer = await explorer.api(`/api/nodes/${encodeURIComponent(id)}`);
  expect(answer.status).toBe(200);
  return answer.body.node.properties as Record<string, unknown>;
}

export async function signIn(page: Page, account: { name: string; password: string }): Promise<void> {
  await page.click('[data-testid=sign-in]');
  const dialog = page.locator('[data-testid=sign-in-dialog]');
  await dialog.locator('input[name=name]').fill(account.name);
  await dialog.locator('input[name=password]').fill(account.password);
  await dialog.locator('[data-testid=sign-in-submit]').click();
  await poll(() => page.locator('[data-testid=account-button]').textContent()).toContain(account.name);
}

export async function signOut(page: Page): Promise<void> {
  await page.click('[data-testid=account-button]');
  await page.click('[data-testid=menu-sign-out]');
  await page.locator('[data-testid=sign-in]').waitFor();
}

/**
 * Opens a node from the main search (adds it to the canvas, opens its details), picked with the
 * keyboard as the combobox allows (arrows, Enter): a failure banner of a background read on a
 * saturated machine floats over the results and would swallow a click. Its text is logged.
 */
export async function openNode(page: Page, text: string, id: string): Promise<void> {
  const banner = page.locator('[data-testid=status] .banner.failure');
  if (await banner.count()) console.log(`[curation e2e] failure banner on screen: ${await banner.first().textContent()}`);
  await page.fill('#main-search', text);
  const options = page.locator('[data-testid=search-main-search] li[data-id]');
  await page.locator(`[data-testid=search-main-search] li[data-id="${id}"]`).waitFor({ timeout: 45_000 });
  const ids = await options.evaluateAll((items) => items.map((item) => item.getAttribute('data-id')));
  for (let step = 0; step < ids.indexOf(id); step++) await page.press('#main-search', 'ArrowDown');
  await poll(() => page.locator('[data-testid=search-main-search] li.active').getAttribute('data-id')).toBe(id);
  await page.press('#main-search', 'Enter');
  await page.locator(`[data-testid=details] [data-node="${id}"]`).waitFor({ timeout: 20_000 });
}

/** The same screen at 1440×900 and 1280×720, in English and French; back to English 1440 after. */
export async function shoot(page: Page, name: string, prefix = 'curation'): Promise<void> {
  for (const lang of ['en', 'fr'] as const) {
    await page.selectOption('.lang select', lang);
    for (const [width, height] of [
      [1440, 900],
      [1280, 720],
    ] as const) {
      await page.setViewportSize({ width, height });
      // Two frames for the layout to settle at the new size.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      await screenshot(page, `${prefix}-${name}-${lang}-${width}.png`);
    }
  }
  await page.selectOption('.lang select', 'en');
  await page.setViewportSize({ width: 1440, height: 900 });
}
