import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import type { Database } from '../../api/src/db/driver.js';
import { findFreePort } from '../../tools/neo4j/ports.js';
import { startApp } from '../../tools/start-app.js';
import { request } from '../support/app.js';
import { launchChromium } from '../support/browser.js';
import { loadRepositorySeed, testDatabase } from '../support/db.js';

export const root = path.resolve(import.meta.dirname, '../..');
export const shots = path.join(root, '.artifacts/e2e');

/** The running app (as `npm start` runs it, on the throwaway Neo4j) and a headless Chromium. */
export interface Explorer {
  baseUrl: string;
  browser: Browser;
  /** The throwaway Neo4j the app runs on (for accounts made through the store module). */
  db: Database;
  api(pathAndQuery: string, init?: Parameters<typeof request>[2]): ReturnType<typeof request>;
  stop(): Promise<void>;
}

/** Seeds the throwaway Neo4j, starts the app on a free port and launches Chromium. */
export async function startExplorer(): Promise<Explorer> {
  const db: Database = testDatabase();
  await loadRepositorySeed(db);
  const neo4j = inject('neo4j');
  const app = await startApp(
    {
      PORT: String(await findFreePort()),
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      NEO4J_DATABASE: neo4j.database,
    },
    180_000,
  );
  const baseUrl = app.url;
  const browser = await launchChromium();
  mkdirSync(shots, { recursive: true });
  return {
    baseUrl,
    browser,
    db,
    api: (pathAndQuery, init) => request(baseUrl, pathAndQuery, init),
    async stop() {
      await browser.close();
      await app.stop();
      await db.close();
    },
  };
}

/** A fresh context (no storage, downloads allowed) with one page on `url`, ready when the canvas is. */
export async function openExplorer(explorer: Explorer, url: string): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await explorer.browser.newContext({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${explorer.baseUrl}${url}`);
  await page.locator('html[data-ready=true]').waitFor({ timeout: 60_000 });
  await skipStartScreen(page);
  await waitForLayout(page);
  return { context, page, errors };
}

/** A fresh visit opens on the entry-point cards; tests about the canvas go straight to the overview. */
export async function skipStartScreen(page: Page): Promise<void> {
  const skip = page.locator('[data-testid=start-skip]');
  if (await skip.isVisible()) await skip.click();
  await page.locator('[data-testid=start-screen]').waitFor({ state: 'detached', timeout: 10_000 });
}

/** expect.poll with room for a cold database and a 2-core machine (the default gives up after 1 s). */
export function poll<T>(read: () => T | Promise<T>) {
  return expect.poll(read, { timeout: 20_000, interval: 100 });
}

/** Waits until no layout is running on the canvas. */
export async function waitForLayout(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('[data-testid=graph-canvas]')?.getAttribute('data-layout') !== 'running', undefined, {
    timeout: 20_000,
  });
}

/** What the canvas holds right now, read from the live Cytoscape instance. */
export interface CanvasState {
  nodes: string[];
  edges: string[];
  visibleNodes: string[];
  highlighted: string[];
  positions: Record<string, { x: number; y: number }>;
  zoom: number;
  pan: { x: number; y: number };
  selected: string[];
}

export function canvasState(page: Page): Promise<CanvasState> {
  return page.evaluate(() => {
    const cy = window.__liaison!.cy!;
    return {
      nodes: cy
        .nodes()
        .map((node) => node.id())
        .sort(),
      edges: cy
        .edges()
        .map((edge) => edge.id())
        .sort(),
      visibleNodes: cy
        .nodes()
        .not('.filtered')
        .map((node) => node.id())
        .sort(),
      highlighted: cy
        .elements('.highlighted')
        .map((element) => element.id())
        .sort(),
      positions: Object.fromEntries(cy.nodes().map((node) => [node.id(), { ...node.position() }])),
      zoom: cy.zoom(),
      pan: { ...cy.pan() },
      selected: cy
        .$(':selected')
        .map((element) => element.id())
        .sort(),
    };
  });
}

/** Picks `id` in the typeahead `testId` after typing `text`. */
export async function pickFromSearch(page: Page, inputId: string, text: string, id: string): Promise<void> {
  await page.fill(`#${inputId}`, text);
  const option = page.locator(`[data-testid=search-${inputId}] li[data-id="${id}"]`);
  await option.waitFor({ timeout: 30_000 });
  await option.click();
}

/** Clicks `trigger` and returns the file it downloads, saved under .artifacts/e2e. */
export async function downloadFrom(
  page: Page,
  trigger: () => Promise<unknown>,
  saveAs: string,
): Promise<{ download: Download; bytes: Buffer; file: string }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), trigger()]);
  const file = path.join(shots, saveAs);
  await download.saveAs(file);
  return { download, bytes: readFileSync(file), file };
}

/**
 * Saves what a reviewer looks at: once the canvas (when there is one) has re-chosen its captions after
 * the last move, so a picture taken during a zoom animation does not show captions scaled by it.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.waitForFunction(() => document.querySelector('[data-testid=graph-canvas]')?.getAttribute('data-labels-pending') !== 'true', undefined, {
    timeout: 30_000,
  });
  await page.screenshot({ path: path.join(shots, name) });
}

declare global {
  interface Window {
    /** Set by web/src/testHook.tsx (e2e build only): the live Cytoscape instance and the app store. */
    __liaison?: { readonly cy: import('cytoscape').Core | null; readonly state: LiaisonState };
  }
}

/** The parts of the app store the tests read. */
export interface LiaisonState {
  history: { op: { kind: string } }[];
  pinned: string[];
  step: number;
  presenting: boolean;
  playYear: number | null;
  lang: string;
  filters: { hiddenLabels: string[]; hiddenTypes: string[]; from: number | null; to: number | null };
  scene: { mode: string; viewId: string | null; highlight: { nodes: string[]; edges: string[] } | null; notice: unknown };
  graph: { nodes: ReadonlyMap<string, unknown>; edges: ReadonlyMap<string, { source: string; target: string; properties: Record<string, unknown> }> };
  selection: { nodes: string[]; edges: string[] };
  focus: { kind: string; id: string } | null;
  setFocus(focus: { kind: 'node' | 'edge'; id: string } | null): void;
}

/** Reads part of the store in the page. */
export function appState<T>(page: Page, read: (state: LiaisonState) => T): Promise<T> {
  return page.evaluate(`(${read.toString()})(window.__liaison.state)`) as Promise<T>;
}

/** "#0a6fc2" → "rgb(10, 111, 194)", as Cytoscape and the browser report a colour. */
export function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}
