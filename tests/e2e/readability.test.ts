import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pickFromSearch, poll, screenshot, skipStartScreen, startExplorer, waitForLayout, type Explorer } from './explorer-app.js';

let explorer: Explorer;

beforeAll(async () => {
  explorer = await startExplorer();
});

afterAll(async () => {
  await explorer?.stop();
});

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
] as const;

async function open(url: string, size: { width: number; height: number }): Promise<{ page: Page; errors: string[]; close(): Promise<void> }> {
  const context = await explorer.browser.newContext({ viewport: size });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${explorer.baseUrl}${url}`);
  await page.locator('html[data-ready=true]').waitFor({ timeout: 60_000 });
  return { page, errors, close: () => context.close() };
}

interface DrawnLabel {
  id: string;
  text: string;
  caption: string;
  fontPx: number;
  box: { x1: number; y1: number; x2: number; y2: number };
}

/** Labels as Cytoscape draws them: label-only bounding boxes in screen pixels and the on-screen font size. */
async function drawnLabels(page: Page): Promise<DrawnLabel[]> {
  await waitForLayout(page);
  await poll(() => page.locator('[data-testid=graph-canvas]').getAttribute('data-labels')).not.toBeNull();
  // Labels are re-chosen shortly after every move. Read them in the same task that checks nothing
  // is pending (a move between a check and a later read would show labels chosen for old positions),
  // and accept a reading only when the next one, a moment later, is identical: the picture is still.
  let previous = '';
  let settled: DrawnLabel[] | null = null;
  await expect
    .poll(
      async () => {
        const reading = await readSettledLabels(page);
        const key = reading ? JSON.stringify(reading) : '';
        settled = reading && key === previous ? reading : null;
        previous = key;
        return settled !== null;
      },
      { timeout: 60_000, interval: 300 },
    )
    .toBe(true);
  return settled!;
}

/** The drawn labels, or null while the canvas has a relabelling pending. */
function readSettledLabels(page: Page): Promise<DrawnLabel[] | null> {
  return page.evaluate(() => {
    const host = document.querySelector('[data-testid=graph-canvas]');
    if (host?.getAttribute('data-labels-pending') !== 'false') return null;
    const cy = window.__liaison!.cy!;
    const zoom = cy.zoom();
    const pan = cy.pan();
    return cy
      .nodes()
      .filter((node) => node.visible() && String(node.style('label')).length > 0)
      .map((node) => {
        const box = node.boundingBox({ includeLabels: true, includeNodes: false, includeOverlays: false } as never);
        return {
          id: node.id(),
          text: String(node.style('label')),
          caption: String(node.data('caption')),
          fontPx: parseFloat(String(node.style('font-size'))) * zoom,
          box: { x1: box.x1 * zoom + pan.x, y1: box.y1 * zoom + pan.y, x2: box.x2 * zoom + pan.x, y2: box.y2 * zoom + pan.y },
        };
      });
  });
}

const overlap = (a: DrawnLabel['box'], b: DrawnLabel['box']) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

function expectReadable(labels: DrawnLabel[], viewport: { width: number; height: number }) {
  expect(labels.length).toBeGreaterThanOrEqual(10);
  for (const label of labels) {
    expect(label.fontPx, label.id).toBeGreaterThanOrEqual(11);
    const lines = label.text.split('\n');
    expect(lines.length, label.id).toBeLessThanOrEqual(2);
    // Each line of a label box is at least 11 px tall, measured from the drawn box.
    expect((label.box.y2 - label.box.y1) / lines.length, label.id).toBeGreaterThanOrEqual(11);
    expect(label.box.x2 - label.box.x1).toBeLessThan(viewport.width);
  }
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++) expect(overlap(labels[i]!.box, labels[j]!.box), `${labels[i]!.id} / ${labels[j]!.id}`).toBe(false);
}

describe('readable at first sight', () => {
  for (const size of SIZES) {
    it(`opens on entry-point cards, then draws readable, non-overlapping captions (${size.width}×${size.height})`, async () => {
      const { page, errors, close } = await open('/?lang=en', size);
      const views = (await explorer.api('/api/views')).body.views as { id: string; title_en: string; summary_en: string }[];
      const cards = page.locator('[data-testid=start-card]');
      await poll(() => cards.count()).toBe(views.length);
      for (const view of views) {
        const card = page.locator(`[data-testid=start-card][data-view="${view.id}"]`);
        await expect(card.textContent()).resolves.toContain(view.summary_en);
      }
      // The cards fill in who, what and when once each view's graph has arrived.
      await expect.poll(() => page.locator('.start-card-facts').count(), { timeout: 180_000, interval: 500 }).toBe(views.length);
      await screenshot(page, `readability-start-en-${size.width}.png`);

      await skipStartScreen(page);
      const labels = await drawnLabels(page);
      expectReadable(labels, size);
      // Captions, not long official names: the acronyms the data holds are used.
      const caption = (await explorer.api('/api/nodes/unodc')).body.node.caption.en as string;
      const unodc = labels.find((label) => label.id === 'unodc');
      if (unodc) expect(unodc.text).toBe(caption);
      // Never cut mid-word: what is drawn is the caption, or its first whole words before an ellipsis.
      for (const label of labels) {
        const drawn = label.text.replace(/\n/gu, ' ').replace(/…$/u, '');
        expect(label.caption.startsWith(drawn), `${label.id}: ${label.text}`).toBe(true);
        if (drawn !== label.caption) expect(label.caption.charAt(drawn.length), label.id).toMatch(/[\s,;:·–-]/u);
      }
      await screenshot(page, `readability-overview-en-${size.width}.png`);

      // Zooming in reveals more captions, still readable and apart.
      await page.evaluate(() => {
        const cy = window.__liaison!.cy!;
        cy.zoom({ level: cy.zoom() * 2.2, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
      });
      const closer = await drawnLabels(page);
      expectReadable(closer, size);
      // Closer still: Cytoscape grows label boxes in model units, so spacing must follow the zoom.
      await page.evaluate(() => {
        const cy = window.__liaison!.cy!;
        cy.zoom({ level: cy.zoom() * 1.8, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
      });
      expectReadable(await drawnLabels(page), size);
      expect(errors).toEqual([]);
      await close();
    }, 400_000);
  }

  it('opens a curated view from its card, labelled', async () => {
    const { page, close } = await open('/?lang=en', SIZES[1]);
    const first = page.locator('[data-testid=start-card]').first();
    const id = await first.getAttribute('data-view');
    await first.click();
    await page.locator('[data-testid=start-screen]').waitFor({ state: 'detached' });
    await expect.poll(() => page.evaluate(() => window.__liaison!.state.scene.viewId), { timeout: 120_000, interval: 250 }).toBe(id);
    expectReadable(await drawnLabels(page), SIZES[1]);
    await screenshot(page, 'readability-view-en-1280.png');
    await close();
  }, 300_000);
});

/** Common English words of this UI that French does not share (checked on visible text only). */
const ENGLISH = new Set(
  (
    'the and of to with without from for in by at search actors actor events event instruments instrument countries country cities city people ' +
    'topics topic sources source programmes legend filters filter relationship relationships types type nodes node shown open present copy link view ' +
    'views curated where would you like start explore whole graph press escape years year table clear hide collapse pin box fit zoom undo redo ' +
    'details properties name names selection select all none show more less found paths path shared neighbours community network cooperation back ' +
    'play pause reset any english french loading working cancel close retry added step steps within above these one ' +
    'held located monitors supplements party signed member spoke affiliated addresses produced presented funded implements cooperates ' +
    'chairs coordinates adopted evaluated headquartered hosted requested organised participated co-organised'
  ).split(/\s+/),
);
/** Proper names and words French shares with English. */
// "English" names the language in the language switcher, as each language is named in its own tongue.
const ALLOWED = new Set([
  'english',
  'liaison',
  'instruments',
  'instrument',
  'sources',
  'source',
  'programmes',
  'types',
  'type',
  'documents',
  'document',
  'actions',
  'options',
  'png',
  'svg',
  'webgl',
  'canvas',
  'pagerank',
  'table',
  'zoom',
]);

describe('French is complete', () => {
  for (const size of SIZES) {
    it(`leaves no English word in the visible interface (${size.width}×${size.height})`, async () => {
      const { page, close } = await open('/?lang=fr', size);
      await expect.poll(() => page.locator('.start-card-facts').count(), { timeout: 180_000, interval: 500 }).toBeGreaterThan(0);
      const english = async () => {
        const text = await page.evaluate(() => document.body.innerText);
        const words = text.toLowerCase().match(/[a-zà-ÿ'’-]+/gu) ?? [];
        return [...new Set(words.filter((word) => ENGLISH.has(word) && !ALLOWED.has(word)))];
      };
      await screenshot(page, `readability-start-fr-${size.width}.png`);
      expect(await english()).toEqual([]);
      await skipStartScreen(page);
      await drawnLabels(page);
      expect(await english()).toEqual([]);
      await screenshot(page, `readability-overview-fr-${size.width}.png`);
      await close();
    }, 400_000);
  }
});

describe('the cooperation network answers who cooperates most, and on what', () => {
  it('ranks the strongest pairs, sorts them, and opens a pair with its events named and placed', async () => {
    const { page, close } = await open('/?lang=en', SIZES[1]);
    await skipStartScreen(page);
    await page.click('[data-testid=mode-network]');
    const rows = page.locator('[data-testid=pair-ranking] tbody tr');
    await expect.poll(() => rows.count(), { timeout: 120_000, interval: 250 }).toBeGreaterThan(1);
    const api = (await explorer.api('/api/cooperation?limit=2000')).body as { pairs: { edge: string; weight: number }[] };
    const strongest = Math.max(...api.pairs.map((pair) => pair.weight));
    expect(Number(await rows.first().locator('td.number').first().textContent())).toBe(strongest);
    // Sorting by name reorders the rows alphabetically (by their captions).
    await page.click('[data-testid=pairs-sort-name]');
    const names = await rows.locator('button.link').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true })));
    await page.click('[data-testid=pairs-sort-weight]');
    const first = rows.first();
    const edge = await first.getAttribute('data-edge');
    await first.locator('button.link').click();
    const details = page.locator(`.edge-details[data-edge="${edge}"]`);
    await details.waitFor({ timeout: 30_000 });
    const network = (await explorer.api('/api/cooperation?limit=2000')).body as {
      pairs: { edge: string; events: string[] }[];
      events: Record<string, { name_en: string; start: string }>;
    };
    const pair = network.pairs.find((candidate) => candidate.edge === edge)!;
    const listed = details.locator('.shared-events li');
    await expect.poll(() => listed.count(), { timeout: 30_000 }).toBe(pair.events.length);
    const text = await details.locator('.shared-events').textContent();
    for (const id of pair.events) {
      expect(text).toContain(network.events[id]!.name_en);
      expect(text).toContain(network.events[id]!.start);
      expect(text).not.toContain(id);
    }
    await screenshot(page, 'readability-network-en-1280.png');
    await close();
  }, 300_000);
});

describe('paths read as text', () => {
  it('lists each path found as a clickable line, meaningful ones first', async () => {
    const { page, close } = await open('/?lang=en', SIZES[0]);
    await skipStartScreen(page);
    await page.locator('[data-testid=path-finder] summary').click();
    await pickFromSearch(page, 'path-from', 'frontex', 'frontex');
    await pickFromSearch(page, 'path-to', 'greta', 'greta');
    await page.click('[data-testid=path-run]');
    const items = page.locator('[data-testid=path-list] li');
    await expect.poll(() => items.count(), { timeout: 120_000, interval: 250 }).toBeGreaterThan(0);
    const lines = await items.allTextContents();
    for (const line of lines) expect(line).toMatch(/→|←/u);
    await items.first().locator('button').click();
    const highlighted = await page.evaluate(() => window.__liaison!.state.scene.highlight?.edges.length ?? 0);
    expect(highlighted).toBeGreaterThan(0);
    await screenshot(page, 'readability-paths-en-1440.png');
    await close();
  }, 300_000);
});
