import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from '../support/app.js';
import { shots, startExplorer, type Explorer } from './explorer-app.js';

let explorer: Explorer;
let baseUrl = '';
let browser: Browser;

beforeAll(async () => {
  explorer = await startExplorer();
  ({ baseUrl, browser } = explorer);
});

afterAll(async () => {
  await explorer?.stop();
});

describe('the explorer in headless Chromium', () => {
  it('draws the seeded graph with a legend', async () => {
    const api = await request(baseUrl, '/api/graph');
    expect(api.status).toBe(200);
    const nodeCount = api.body.nodes.length as number;
    expect(nodeCount).toBeGreaterThan(20);

    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${baseUrl}/?lang=en`);
    const canvas = page.locator('[data-testid=graph-canvas]');
    await expect.poll(() => canvas.getAttribute('data-nodes'), { timeout: 30_000 }).toBe(String(nodeCount));
    expect(await canvas.getAttribute('data-edges')).toBe(String(api.body.edges.length));
    // Cytoscape draws on canvases inside the container.
    expect(await page.locator('[data-testid=graph-canvas] canvas').count()).toBeGreaterThan(0);

    const labels = new Set((api.body.nodes as { labels: string[] }[]).map((node) => node.labels[0]));
    const legendRows = await page.locator('.legend li').evaluateAll((items) => items.map((item) => item.getAttribute('data-label')));
    expect(new Set(legendRows)).toEqual(labels);
    expect(await page.locator('.legend li[data-label=Event] .legend-name').textContent()).toBe('Events');

    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(shots, 'explorer-en.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('switches the interface to French and keeps it in the URL', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${baseUrl}/?lang=fr`);
    await page.locator('[data-testid=graph-canvas][data-nodes]').waitFor({ timeout: 30_000 });
    expect(await page.locator('.legend h2').textContent()).toBe('Légende');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('fr');
    await page.screenshot({ path: path.join(shots, 'explorer-fr.png') });
    await page.close();
  });
});
