import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Database } from '../../api/src/db/driver.js';
import { findFreePort } from '../../tools/neo4j/ports.js';
import { request } from '../support/app.js';
import { launchChromium } from '../support/browser.js';
import { loadRepositorySeed, testDatabase } from '../support/db.js';

const root = path.resolve(import.meta.dirname, '../..');
const shots = path.join(root, '.artifacts/e2e');

let db: Database;
let app: ChildProcess;
let baseUrl = '';
let browser: Browser;

/** Starts the whole app the way `npm start` does, against the run's throwaway Neo4j. */
async function startApp(): Promise<void> {
  const neo4j = inject('neo4j');
  const port = await findFreePort();
  let output = '';
  app = spawn(process.execPath, ['--import', 'tsx', 'api/src/main.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      NEO4J_DATABASE: neo4j.database,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  app.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  app.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const deadline = Date.now() + 120_000;
  while (!/Liaison is ready .*http:\/\/\S+/.test(output)) {
    if (app.exitCode !== null || Date.now() > deadline) throw new Error(`the app did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  baseUrl = /http:\/\/\S+/.exec(output.slice(output.indexOf('Liaison is ready')))![0];
}

beforeAll(async () => {
  db = testDatabase();
  await loadRepositorySeed(db);
  await startApp();
  browser = await launchChromium();
  mkdirSync(shots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  if (app && app.exitCode === null) {
    const exited = new Promise((resolve) => app.once('exit', resolve));
    app.kill('SIGTERM');
    await exited;
  }
  await db?.close();
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
