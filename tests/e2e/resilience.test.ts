import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canvasState, openExplorer, poll, screenshot, startExplorer, type Explorer } from './explorer-app.js';

let explorer: Explorer;

beforeAll(async () => {
  explorer = await startExplorer();
});

afterAll(async () => {
  await explorer?.stop();
});

const UNAVAILABLE = {
  status: 503,
  contentType: 'application/json',
  headers: { 'retry-after': '5' },
  body: JSON.stringify({ error: { code: 'UNAVAILABLE', message: 'Neo4j is unavailable; retry shortly.' } }),
};

describe('errors and loading', () => {
  it('says plainly when Neo4j is unavailable and recovers by itself when it returns', async () => {
    const context = await explorer.browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    // The API answers as it does while Neo4j is down, until we let it through.
    let down = true;
    await page.route('**/api/**', (route) => (down ? route.fulfill(UNAVAILABLE) : route.continue()));
    await page.goto(`${explorer.baseUrl}/?lang=en`);
    const banner = page.locator('[data-testid=outage]');
    await banner.waitFor({ timeout: 20_000 });
    expect(await banner.textContent()).toContain('The graph database is unavailable');
    expect(await banner.getAttribute('role')).toBe('alert');
    await screenshot(page, 'resilience-outage.png');

    down = false;
    const graph = (await explorer.api('/api/graph')).body as { nodes: unknown[] };
    await poll(() => banner.count()).toBe(0);
    await poll(async () => (await canvasState(page)).nodes.length).toBe(graph.nodes.length);
    await context.close();
  });

  it('shows progress for a long request and cancels it', async () => {
    const { context, page } = await openExplorer(explorer, '/?lang=en');
    const before = await canvasState(page);
    // Hold every expand until the test has pressed Cancel (an event, not a fixed delay that a busy
    // machine can outlast), then let it through, as a slow server finally answering would.
    let release: () => void = () => {};
    const cancelled = new Promise<void>((resolve) => (release = resolve));
    const answered: Array<Promise<void>> = [];
    await page.route('**/api/expand**', (route) => {
      const handled = cancelled.then(() => route.continue().catch(() => {}));
      answered.push(handled);
      return handled;
    });
    await page.fill('#main-search', 'greta');
    await page.locator('[data-testid=search-main-search] li[data-id=greta]').click();
    await page.locator('[data-testid=expand-run]').click();
    const progress = page.locator('[data-testid=progress]');
    await progress.waitFor({ timeout: 10_000 });
    expect(await progress.textContent()).toContain('Working');
    await page.click('[data-testid=cancel]');
    await poll(() => progress.count()).toBe(0);
    release();
    await Promise.all(answered);
    // The late answer reached the page (or was dropped by it) before we look.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    // Nothing was added after the cancel, and the app still works.
    expect((await canvasState(page)).nodes).toEqual(before.nodes);
    expect(await page.locator('[data-testid=notice-added]').count()).toBe(0);
    await context.close();
  });
});
