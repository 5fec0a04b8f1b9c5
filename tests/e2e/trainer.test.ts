import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appState, canvasState, downloadFrom, openExplorer, poll, screenshot, startExplorer, waitForLayout, type Explorer } from './explorer-app.js';

let explorer: Explorer;
let page: Page;
let errors: string[] = [];

type View = { id: string; title_en: string; title_fr: string; positions?: Record<string, { x: number; y: number }> };
const VIEW = 'view-cets-197-monitoring';

beforeAll(async () => {
  explorer = await startExplorer();
  ({ page, errors } = await openExplorer(explorer, '/?lang=en'));
});

afterAll(async () => {
  await explorer?.stop();
});

/** Reads the width and height of a PNG from its IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * A toolbar control, wherever the toolbar put it: on the row, or — when the row is too narrow and
 * `data-overflow` counts groups moved away — in the "⋯ More" menu, opened for it.
 */
async function toolbarControl(page: Page, testId: string) {
  const toolbar = page.locator('[data-testid=toolbar]');
  const moved = Number(await toolbar.getAttribute('data-overflow'));
  const onRow = toolbar.locator(`:scope > .tool-group[data-group] [data-testid=${testId}]`);
  const menuOpen = await page.locator('[data-testid=toolbar-more-panel]').isVisible();
  if (moved > 0 && (await onRow.count()) === 0 && !menuOpen) await page.click('[data-testid=toolbar-more]');
  const control = page.locator(`[data-testid=${testId}]`);
  await control.waitFor();
  return control;
}

describe('trainer stories', () => {
  it('opens the curated view of the Convention monitoring mechanism', async () => {
    const listed = (await explorer.api('/api/views')).body.views as View[];
    await page.locator('[data-testid=views] summary').click();
    expect(await page.locator('[data-view]').evaluateAll((items) => items.map((item) => item.getAttribute('data-view')))).toEqual(
      listed.map((view) => view.id),
    );

    await page.click(`[data-view=${VIEW}] [data-testid=view-open]`);
    const api = await explorer.api(`/api/views/${VIEW}`);
    const nodes = (api.body.nodes as { id: string }[]).map((node) => node.id).sort();
    await poll(async () => (await canvasState(page)).nodes).toEqual(nodes);
    await waitForLayout(page);
    expect((await canvasState(page)).edges).toEqual((api.body.edges as { id: string }[]).map((edge) => edge.id).sort());
    // Positions the view fixes are honoured exactly.
    const fixed = (api.body.view as View).positions ?? {};
    expect(Object.keys(fixed).length).toBeGreaterThan(0);
    const drawn = (await canvasState(page)).positions;
    for (const [id, position] of Object.entries(fixed)) expect(drawn[id]).toEqual(position);
    expect(await appState(page, (state) => state.scene.viewId)).toBe(VIEW);
    await screenshot(page, 'trainer-view.png');
  });

  it('presents it through its hand-written story, step by step with the arrow keys', async () => {
    // The view is told by the seed story written for it (seed/stories.json), not by generated steps.
    const cards = (await explorer.api('/api/stories')).body.stories as { id: string; view: string | null; seed: boolean }[];
    const card = cards.find((item) => item.view === VIEW);
    expect(card?.seed).toBe(true);
    const story = (await explorer.api(`/api/stories/${card!.id}`)).body.story as {
      steps: { title_en: string; caption_en: string; framing: { nodes: string[] } }[];
    };
    await page.click(`[data-view=${VIEW}] [data-testid=view-present]`);
    const presentation = page.locator('[data-testid=presentation]');
    await presentation.waitFor();
    expect(await page.locator('.app').getAttribute('class')).toContain('presenting');
    expect(await page.locator('.sidebar').isVisible()).toBe(false);
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(Number(await presentation.getAttribute('data-steps'))).toBe(story.steps.length);

    const plain = (markdown: string) => markdown.replace(/\*\*/g, '');
    for (const [index, step] of story.steps.entries()) {
      if (index > 0) await page.keyboard.press('ArrowRight');
      await poll(() => presentation.getAttribute('data-step')).toBe(String(index));
      await poll(() => page.locator('[data-testid=caption-title]').textContent()).toBe(step.title_en);
      expect(await page.locator('[data-testid=caption]').textContent()).toBe(plain(step.caption_en));
      // The canvas shows exactly what the step names (laid out on the spot: seed steps carry no positions).
      await poll(async () => (await canvasState(page)).nodes).toEqual([...step.framing.nodes].sort());
      await waitForLayout(page);
      if (index === 0 || index === story.steps.length - 1) {
        // Labels are re-picked shortly after the flight ends: photograph the settled picture.
        await page.waitForFunction(
          () => document.querySelector('[data-testid=graph-canvas]')?.getAttribute('data-labels-pending') === 'false',
          null,
          {
            timeout: 60_000,
          },
        );
        await screenshot(page, `trainer-presentation-step-${index === 0 ? 1 : 'last'}.png`);
      }
    }
    await page.keyboard.press('ArrowRight');
    expect(await presentation.getAttribute('data-step')).toBe(String(story.steps.length - 1));
    await page.keyboard.press('ArrowLeft');
    await poll(() => presentation.getAttribute('data-step')).toBe(String(story.steps.length - 2));
    await page.keyboard.press('Escape');
    await poll(() => presentation.count()).toBe(0);
    expect(await page.locator('.app-header').isVisible()).toBe(true);
    expect(await page.evaluate(() => window.__liaison!.cy!.elements('.faded').length)).toBe(0);

    // Back to the view itself for what follows (the views panel folds while no view is on the canvas).
    const panel = page.locator('[data-testid=views]');
    if (!(await panel.evaluate((element) => (element as HTMLDetailsElement).open))) await panel.locator('summary').click();
    await page.click(`[data-view=${VIEW}] [data-testid=view-open]`);
    await poll(() => appState(page, (state) => state.scene.viewId)).toBe(VIEW);
    const api = await explorer.api(`/api/views/${VIEW}`);
    await poll(async () => (await canvasState(page)).nodes).toEqual((api.body.nodes as { id: string }[]).map((node) => node.id).sort());
    await waitForLayout(page);
  });

  it('pins a node: a new layout moves the others, not it', async () => {
    await page.getByRole('button', { name: /Table/ }).click();
    const table = page.locator('[data-testid=canvas-table]');
    await table.waitFor();
    await table.locator('tr[data-id=greta] button', { hasText: 'Select' }).click();
    await poll(() => appState(page, (state) => state.selection.nodes)).toEqual(['greta']);
    await page.click('[data-testid=pin]');
    expect(await appState(page, (state) => state.pinned)).toEqual(['greta']);
    expect(await page.evaluate(() => window.__liaison!.cy!.getElementById('greta').locked())).toBe(true);
    expect(await table.locator('tr[data-id=greta] .badge').textContent()).toContain('pinned');
    await page.getByRole('button', { name: /Table/ }).click();

    const before = await canvasState(page);
    await page.selectOption('[data-testid=layout]', 'circle');
    await poll(async () => {
      const now = await canvasState(page);
      return Object.keys(now.positions).filter((id) => now.positions[id]!.x !== before.positions[id]!.x).length;
    }).toBeGreaterThan(0);
    await waitForLayout(page);
    expect((await canvasState(page)).positions.greta).toEqual(before.positions.greta);
    await page.selectOption('[data-testid=layout]', 'fcose');
    await waitForLayout(page);
    expect((await canvasState(page)).positions.greta).toEqual(before.positions.greta);
  });

  it('exports a high-resolution PNG and an SVG for slides', async () => {
    // Labels are re-picked shortly after any move (semantic zoom): compare once they have settled.
    await page.waitForFunction(() => document.querySelector('[data-testid=graph-canvas]')?.getAttribute('data-labels-pending') === 'false', null, {
      timeout: 60_000,
    });
    const box = await page.evaluate(() => {
      const cy = window.__liaison!.cy!;
      const bb = cy.elements(':visible').boundingBox({});
      // Semantic zoom labels only the nodes it picked; the image shows what the canvas shows.
      // cytoscape-svg writes one <text> per line of a wrapped label.
      const labels = cy
        .nodes(':visible')
        .map((node) => String(node.style('label')))
        .filter((label) => label.length > 0);
      return { w: bb.w, h: bb.h, labelled: labels.length, lines: labels.flatMap((label) => label.split('\n')) };
    });
    const png = await downloadFrom(page, async () => (await toolbarControl(page, 'export-png')).click(), 'trainer-export.png');
    expect(png.download.suggestedFilename()).toMatch(/^liaison-\d{4}-\d{2}-\d{2}\.png$/);
    expect(png.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const size = pngSize(png.bytes);
    // Three times the drawing's size: print quality, whatever the screen.
    expect(size.width).toBeGreaterThanOrEqual(Math.floor(box.w * 3) - 2);
    expect(size.width).toBeLessThanOrEqual(Math.ceil(box.w * 3) + 2);
    expect(size.height).toBeGreaterThanOrEqual(Math.floor(box.h * 3) - 2);

    const svg = await downloadFrom(page, async () => (await toolbarControl(page, 'export-svg')).click(), 'trainer-export.svg');
    expect(svg.download.suggestedFilename()).toMatch(/^liaison-\d{4}-\d{2}-\d{2}\.svg$/);
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.nodeName,
        labels: Array.from(doc.querySelectorAll('text')).map((node) => node.textContent ?? ''),
      };
    }, svg.bytes.toString('utf8'));
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    // The labels of the canvas, line by line, and nothing else.
    expect(box.labelled).toBeGreaterThan(0);
    expect([...parsed.labels].sort()).toEqual([...box.lines].sort());
    // The selection is not part of the image, and is back afterwards.
    expect(svg.bytes.toString('utf8')).not.toContain('rgb(240,180,0)');
    expect(await appState(page, (state) => state.selection.nodes)).toEqual(['greta']);
  });

  it('shares a deep link that restores exactly the same view on a fresh browser', async () => {
    await page.selectOption('select[aria-label=Language]', 'fr');
    await page.locator('.legend li[data-label=Country] input').uncheck();
    await poll(() => new URL(page.url()).searchParams.get('hideLabels')).toBe('Country');
    await page.waitForTimeout(800);
    const url = page.url();
    expect(new URL(url).searchParams.get('lang')).toBe('fr');
    const original = await canvasState(page);
    const pinned = await appState(page, (state) => state.pinned);

    const fresh = await openExplorer(explorer, url.slice(explorer.baseUrl.length));
    const restored = await canvasState(fresh.page);
    expect(restored.nodes).toEqual(original.nodes);
    expect(restored.edges).toEqual(original.edges);
    expect(restored.visibleNodes).toEqual(original.visibleNodes);
    expect(restored.visibleNodes.length).toBeLessThan(restored.nodes.length);
    for (const id of original.nodes) {
      expect(Math.abs(restored.positions[id]!.x - original.positions[id]!.x)).toBeLessThanOrEqual(0.5);
      expect(Math.abs(restored.positions[id]!.y - original.positions[id]!.y)).toBeLessThanOrEqual(0.5);
    }
    expect(restored.zoom).toBeCloseTo(original.zoom, 2);
    expect(Math.abs(restored.pan.x - original.pan.x)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(restored.pan.y - original.pan.y)).toBeLessThanOrEqual(0.5);
    expect(await appState(fresh.page, (state) => state.pinned)).toEqual(pinned);
    expect(await appState(fresh.page, (state) => state.scene.viewId)).toBe(VIEW);
    expect(await fresh.page.locator('.legend h2').textContent()).toBe('Légende');
    await screenshot(fresh.page, 'trainer-deep-link-restored.png');
    expect(fresh.errors).toEqual([]);
    await fresh.context.close();
    expect(errors).toEqual([]);
  });
});
