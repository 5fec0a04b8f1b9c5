import type { BrowserContext, Page } from 'playwright-core';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeAccount, removeAuthData } from '../support/auth.js';
import {
  appState,
  canvasState,
  downloadFrom,
  openExplorer,
  pickFromSearch,
  poll,
  screenshot,
  startExplorer,
  waitForLayout,
  type Explorer,
} from './explorer-app.js';

/**
 * Issue 15 in Chromium: a trainer authors a three-step story from scratch (search, expand,
 * highlight; captions in French and English), reorders it by drag and by keyboard, saves it, opens
 * it again in a fresh browser, presents it at 1280×720 and 1024×768 (label sizes read from
 * Cytoscape's rendered labels, caption height measured, framing checked), follows it in the
 * presenter window, and exports the PDF (pages counted by pdf-lib) and one PNG per step.
 */

let explorer: Explorer;
let context: BrowserContext;
let page: Page;
let errors: string[] = [];
let storyId = '';

type Step = {
  id: string;
  title_en: string;
  title_fr: string;
  caption_en: string;
  caption_fr: string;
  framing: { nodes: string[]; highlight: unknown };
};
type Story = { id: string; title_en: string; steps: Step[] };

const TEXTS = [
  {
    title_en: 'GRETA',
    title_fr: 'Le GRETA',
    caption_en: 'The **Group of Experts** against trafficking.',
    caption_fr: 'Le **Groupe d’experts** sur la lutte contre la traite.',
  },
  {
    title_en: 'Who GRETA works with',
    title_fr: 'Avec qui travaille le GRETA',
    caption_en: 'Its direct links:\n- evaluations\n- reports',
    caption_fr: 'Ses liens directs :\n- évaluations\n- rapports',
  },
  {
    title_en: 'GRETA and CETS 197',
    title_fr: 'Le GRETA et la STCE 197',
    caption_en: 'How GRETA reaches the Convention.',
    caption_fr: 'Comment le GRETA rejoint la Convention.',
  },
];

async function signIn(account: { name: string; password: string }): Promise<void> {
  await page.click('[data-testid=sign-in]');
  const dialog = page.locator('[data-testid=sign-in-dialog]');
  await dialog.locator('input[name=name]').fill(account.name);
  await dialog.locator('input[name=password]').fill(account.password);
  await dialog.locator('[data-testid=sign-in-submit]').click();
  // Runs in beforeAll, where expect.poll is not allowed: wait on the element itself.
  await page.locator('[data-testid=account-button]', { hasText: account.name }).waitFor({ timeout: 30_000 });
}

/** The steps of the open story, as the store holds them. */
function draftSteps(target: Page): Promise<Step[]> {
  return target.evaluate(() => (window.__liaison!.state as unknown as { story: { steps: Step[] } | null }).story?.steps ?? []);
}

/** Beside the details panel the tools fold away on screens under 1600 px: open them. */
async function showTools(): Promise<void> {
  const toggle = page.locator('[data-testid=sidebar-toggle]');
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
}

/** Captures the canvas as a step and writes its titles and captions in both languages. */
async function addStep(index: number): Promise<void> {
  await waitForLayout(page);
  // Captured once the expanded neighbourhood has gathered and the view has stopped moving.
  await page.waitForFunction(
    () => {
      const cy = window.__liaison?.cy;
      const host = document.querySelector('[data-testid=graph-canvas]');
      return (
        !!cy &&
        !cy.animated() &&
        !cy.nodes().some((node) => (node as unknown as { animated(): boolean }).animated()) &&
        host?.getAttribute('data-gathered') !== 'moving'
      );
    },
    undefined,
    { timeout: 30_000, polling: 100 },
  );
  await showTools();
  await page.click('[data-testid=story-add-step]');
  await poll(async () => (await draftSteps(page)).length).toBe(index + 1);
  const item = page.locator('[data-testid=story-step]').nth(index);
  await item.locator('[data-testid=story-step-edit]').click();
  const text = TEXTS[index]!;
  for (const [key, value] of Object.entries(text)) await item.locator(`[data-testid=step-${key}]`).fill(value);
  await item.locator('[data-testid=story-step-edit]').click();
}

/** Waits until no flight or fade runs and the labels were re-picked for the picture. */
async function settled(target: Page): Promise<void> {
  await target.waitForFunction(
    () => {
      const cy = window.__liaison?.cy;
      if (!cy) return false;
      const moving = cy.animated() || cy.elements().some((element) => (element as unknown as { animated(): boolean }).animated());
      return !moving && document.querySelector('[data-testid=graph-canvas]')?.getAttribute('data-labels-pending') === 'false';
    },
    undefined,
    { timeout: 30_000, polling: 100 },
  );
  // The labels are re-picked 120 ms after the last move: wait for that pass to have run.
  await target.waitForFunction(
    () => document.querySelector('[data-testid=graph-canvas]')?.getAttribute('data-labels-pending') === 'false',
    undefined,
    {
      timeout: 10_000,
    },
  );
}

/** Every label drawn on the canvas, with its size on screen as Cytoscape renders it, and whether the step's nodes are in the frame. */
function measure(target: Page) {
  return target.evaluate(() => {
    const cy = window.__liaison!.cy!;
    const labels = cy
      .elements(':visible')
      .filter((element) => String(element.style('label') ?? '').length > 0 && Number(element.style('text-opacity')) > 0)
      .map((element) => ({ id: element.id(), px: parseFloat(String(element.renderedStyle('font-size'))) }));
    const outside = cy
      .nodes(':visible')
      .filter((node) => {
        const box = node.renderedBoundingBox({ includeLabels: false });
        return box.x1 < 0 || box.y1 < 0 || box.x2 > cy.width() || box.y2 > cy.height();
      })
      .map((node) => node.id());
    const box = cy.nodes(':visible').renderedBoundingBox({ includeLabels: false });
    return { labels, outside, bottom: box.y2, height: cy.height() };
  });
}

beforeAll(async () => {
  explorer = await startExplorer();
  const editor = await makeAccount(explorer.db, 'editor', 'trainer');
  ({ context, page, errors } = await openExplorer(explorer, '/?lang=en'));
  await page.setViewportSize({ width: 1440, height: 900 });
  await signIn(editor);
}, 900_000);

afterAll(async () => {
  if (explorer) await removeAuthData(explorer.db);
  await context?.close();
  await explorer?.stop();
});

describe('a trainer authors a story', { timeout: 300_000 }, () => {
  it('captures three steps from scratch: search, expand, highlight, captions in French and English', async () => {
    await page.evaluate(() => (window.__liaison!.state as unknown as { perform(op: { kind: string }): Promise<boolean> }).perform({ kind: 'clear' }));
    await poll(async () => (await canvasState(page)).nodes.length).toBe(0);
    await page.locator('[data-testid=stories] summary').click();
    await page.click('[data-testid=story-new]');
    await page.fill('[data-testid=story-title-en]', 'Who monitors CETS 197');
    await page.fill('[data-testid=story-title-fr]', 'Qui suit la STCE 197');

    await pickFromSearch(page, 'main-search', 'GRETA', 'greta');
    await poll(async () => (await canvasState(page)).nodes).toContain('greta');
    await addStep(0);

    const form = page.locator('[data-testid=expand-form]');
    await form.waitFor({ timeout: 20_000 });
    const before = (await canvasState(page)).nodes.length;
    await page.click('[data-testid=expand-run]');
    await poll(async () => (await canvasState(page)).nodes.length).toBeGreaterThan(before);
    await addStep(1);

    await showTools();
    await page.locator('[data-testid=path-finder] summary').click();
    await pickFromSearch(page, 'path-from', 'GRETA', 'greta');
    await pickFromSearch(page, 'path-to', 'CETS 197', 'cets-197');
    await page.click('[data-testid=path-run]');
    // The paths found replace the expand's lit neighbourhood by the paths themselves.
    await poll(() => page.locator('[data-testid=notice-paths]').count()).toBe(1);
    await poll(() => appState(page, (state) => state.scene.notice && (state.scene.notice as { kind: string }).kind)).toBe('paths');
    await addStep(2);

    const steps = await draftSteps(page);
    const onCanvas = await canvasState(page);
    expect(steps[2]!.framing.nodes.sort()).toEqual(onCanvas.nodes.filter((id) => !id.startsWith('group:')));
    expect(steps[0]!.framing.nodes).toContain('greta');
    expect(steps[1]!.framing.nodes.length).toBeGreaterThan(steps[0]!.framing.nodes.length);
    const lit = (await appState(page, (state) => state.scene.highlight?.nodes ?? [])) as string[];
    expect([...(steps[2]!.framing.highlight as { nodes: string[] }).nodes].sort()).toEqual([...lit].sort());
    expect(steps.map((step) => step.caption_fr)).toEqual(TEXTS.map((text) => text.caption_fr));
    await screenshot(page, 'stories-authoring-en-1440.png');
  });

  it('reorders steps by drag and by keyboard', async () => {
    const ids = (await draftSteps(page)).map((step) => step.id);
    const handles = page.locator('[data-testid=story-step-handle]');
    // The step list scrolls inside the sidebar: bring the first step into view so the drop lands on it.
    const first = page.locator('[data-testid=story-step]').nth(0);
    await first.scrollIntoViewIfNeeded();
    await handles.nth(2).dragTo(first, { targetPosition: { x: 24, y: 12 } });
    await poll(async () => (await draftSteps(page)).map((step) => step.id)).toEqual([ids[2], ids[0], ids[1]]);
    await handles.nth(0).focus();
    await page.keyboard.press('ArrowDown');
    await poll(async () => (await draftSteps(page)).map((step) => step.id)).toEqual([ids[0], ids[2], ids[1]]);
    // The handle travelled with its step and keeps the focus.
    await page.keyboard.press('ArrowDown');
    await poll(async () => (await draftSteps(page)).map((step) => step.id)).toEqual(ids);
    expect(await page.locator('[data-testid=story-status]').textContent()).toContain('3');
  });

  it('saves the story on the server, audited', async () => {
    await page.click('[data-testid=story-save]');
    await poll(() => page.locator('[data-testid=story-editor]').getAttribute('data-story-id')).toMatch(/^story-/);
    storyId = (await page.locator('[data-testid=story-editor]').getAttribute('data-story-id'))!;
    await poll(() => page.locator('[data-testid=story-editor]').getAttribute('data-dirty')).toBe('false');
    const saved = (await explorer.api(`/api/stories/${storyId}`)).body.story as Story;
    expect(saved.title_en).toBe('Who monitors CETS 197');
    expect(saved.steps.map((step) => step.caption_en)).toEqual(TEXTS.map((text) => text.caption_en));
    expect(saved.steps.map((step) => step.id)).toEqual((await draftSteps(page)).map((step) => step.id));
    const changes = (await explorer.api(`/api/changes?element=${storyId}`)).body.changes as { action: string }[];
    expect(changes.map((change) => change.action)).toEqual(['create']);
    const cards = (await explorer.api('/api/stories')).body.stories as { id: string; thumbnail: string | null }[];
    expect(cards.find((card) => card.id === storyId)?.thumbnail).toMatch(/^data:image\/jpeg;base64,/);
  });
});

describe('the story in a fresh browser', { timeout: 600_000 }, () => {
  let fresh: { context: BrowserContext; page: Page; errors: string[] };
  let story: Story;

  beforeAll(async () => {
    story = (await explorer.api(`/api/stories/${storyId}`)).body.story as Story;
    fresh = await openExplorer(explorer, `/?story=${storyId}&step=1&lang=fr`);
  }, 120_000);
  afterAll(async () => {
    await fresh?.context.close();
  });

  it('opens at the linked step with the saved steps', async () => {
    const expected = [...story.steps[1]!.framing.nodes].sort();
    await poll(async () => (await canvasState(fresh.page)).nodes.filter((id) => !id.startsWith('group:'))).toEqual(expected);
    await poll(() => fresh.page.locator('[data-testid=story-step]').count()).toBe(3);
    expect(await fresh.page.locator('[data-testid=story-step-show]').allTextContents()).toEqual(TEXTS.map((text) => text.title_fr));
  });

  it('presents at 1280×720 and 1024×768: labels ≥ 14 px, caption ≤ 20 % of the height, every node in the frame', async () => {
    const p = fresh.page;
    await p.setViewportSize({ width: 1280, height: 720 });
    await p.click('[data-testid=story-start]');
    const presentation = p.locator('[data-testid=presentation]');
    await presentation.waitFor();
    await poll(() => presentation.getAttribute('data-step')).toBe('0');
    for (const [width, height] of [
      [1280, 720],
      [1024, 768],
    ] as const) {
      await p.setViewportSize({ width, height });
      await p.keyboard.press('Home');
      for (let index = 0; index < 3; index += 1) {
        if (index > 0) await p.keyboard.press(index === 1 ? 'PageDown' : ' ');
        await poll(() => presentation.getAttribute('data-step')).toBe(String(index));
        await settled(p);
        const shown = await measure(p);
        expect(shown.labels.length, `step ${index + 1} at ${width}×${height}: some label`).toBeGreaterThan(0);
        for (const label of shown.labels) expect(label.px, `${label.id} at ${width}×${height}`).toBeGreaterThanOrEqual(14);
        expect(shown.outside, `step ${index + 1}: nodes out of the frame`).toEqual([]);
        const caption = (await p.locator('[data-testid=story-caption]').boundingBox())!;
        expect(caption.height).toBeLessThanOrEqual(height * 0.2 + 0.5);
        // The framing leaves the caption free: no node under it.
        expect(shown.bottom).toBeLessThanOrEqual(height - caption.height + 1);
        expect(await p.locator('[data-testid=caption-title]').textContent()).toBe(TEXTS[index]!.title_fr);
        await poll(() => new URL(p.url()).searchParams.get('step') ?? '0').toBe(String(index));
        await screenshot(p, `stories-present-fr-${width}-step-${index + 1}.png`);
      }
    }
    // Back, and the same steps in English.
    await p.keyboard.press('PageUp');
    await poll(() => presentation.getAttribute('data-step')).toBe('1');
    await p.keyboard.press('ArrowLeft');
    await poll(() => presentation.getAttribute('data-step')).toBe('0');
    await p.setViewportSize({ width: 1280, height: 720 });
    await p.evaluate(() => (window.__liaison!.state as unknown as { setLang(lang: string): void }).setLang('en'));
    for (let index = 0; index < 3; index += 1) {
      if (index > 0) await p.keyboard.press('ArrowRight');
      await poll(() => presentation.getAttribute('data-step')).toBe(String(index));
      await settled(p);
      expect(await p.locator('[data-testid=caption-title]').textContent()).toBe(TEXTS[index]!.title_en);
      // The labels are re-picked in English after the switch: wait for them, then measure.
      await poll(async () => (await measure(p)).labels.length).toBeGreaterThan(0);
      for (const label of (await measure(p)).labels) expect(label.px, `${label.id} in English`).toBeGreaterThanOrEqual(14);
      await screenshot(p, `stories-present-en-1280-step-${index + 1}.png`);
    }
    // Markdown is rendered (bold, list items), not shown as markers.
    await p.keyboard.press('ArrowLeft');
    await poll(() => p.locator('[data-testid=caption] li').count()).toBe(2);
    await p.click('[data-testid=caption-toggle]');
    await poll(() => p.locator('[data-testid=caption]').count()).toBe(0);
    await p.click('[data-testid=caption-toggle]');
  });

  it('shows speaker notes and the next step in the presenter window, following the clicker', async () => {
    const p = fresh.page;
    const [popup] = await Promise.all([fresh.context.waitForEvent('page'), p.click('[data-testid=presenter-toggle]')]);
    const presenter = popup.locator('[data-testid=presenter]');
    await presenter.waitFor();
    const step = Number(await p.locator('[data-testid=presentation]').getAttribute('data-step'));
    expect(await presenter.getAttribute('data-step')).toBe(String(step));
    expect(await popup.locator('[data-testid=presenter-next]').textContent()).toContain(TEXTS[step + 1]!.title_en);
    // The next step as a picture, drawn off screen for the presenter.
    const picture = popup.locator('[data-testid=presenter-next-picture]');
    await picture.waitFor({ timeout: 30_000 });
    expect(await picture.getAttribute('data-step')).toBe(story.steps[step + 1]!.id);
    const source = (await picture.getAttribute('src')) ?? '';
    expect(source).toMatch(/^data:image\/png;base64,[A-Za-z0-9+/]{1000,}/);
    expect(await picture.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
    await popup.setViewportSize({ width: 1024, height: 700 });
    await screenshot(popup, 'stories-presenter-window-next.png');
    await p.keyboard.press('PageDown');
    await poll(() => presenter.getAttribute('data-step')).toBe(String(step + 1));
    await popup.setViewportSize({ width: 1024, height: 700 });
    await screenshot(popup, 'stories-presenter-window.png');
    await p.keyboard.press('Escape');
    await poll(() => p.locator('[data-testid=presentation]').count()).toBe(0);
  });

  it('exports a PDF with one page per step and one PNG per step', async () => {
    const p = fresh.page;
    // Exports are made from the authoring panel, out of the presentation.
    if ((await p.locator('[data-testid=presentation]').count()) > 0) await p.keyboard.press('Escape');
    await poll(() => p.locator('[data-testid=presentation]').count()).toBe(0);
    const pdf = await downloadFrom(p, () => p.click('[data-testid=story-pdf]'), 'stories-export.pdf');
    expect(pdf.download.suggestedFilename()).toBe('who-monitors-cets-197.pdf');
    const parsed = await PDFDocument.load(pdf.bytes);
    expect(parsed.getPageCount()).toBe(story.steps.length);

    const names: string[] = [];
    const downloads: Promise<void>[] = [];
    const seen = new Promise<void>((resolve) => {
      p.on('download', (download) => {
        downloads.push(
          (async () => {
            const bytes = await download.createReadStream().then(async (stream) => {
              const chunks: Buffer[] = [];
              for await (const chunk of stream) chunks.push(chunk as Buffer);
              return Buffer.concat(chunks);
            });
            expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
            names.push(download.suggestedFilename());
          })(),
        );
        if (downloads.length === story.steps.length) resolve();
      });
    });
    await p.click('[data-testid=story-png]');
    await seen;
    await Promise.all(downloads);
    expect(names.sort()).toEqual(story.steps.map((_, index) => `who-monitors-cets-197-step-${index + 1}.png`).sort());
    expect(fresh.errors).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('a seed story on the projector', { timeout: 600_000 }, () => {
  const SEED = 'story-seed-cets-197-monitoring';
  let seeded: { context: BrowserContext; page: Page; errors: string[] };
  let story: Story;

  beforeAll(async () => {
    story = (await explorer.api(`/api/stories/${SEED}`)).body.story as Story;
    seeded = await openExplorer(explorer, `/?story=${SEED}&lang=fr`);
  }, 120_000);
  afterAll(async () => {
    await seeded?.context.close();
  });

  it('is laid out and framed on the spot at 1280×720 and 1024×768, in French and English: labels ≥ 14 px, caption ≤ 20 %', async () => {
    const p = seeded.page;
    await poll(async () => (await canvasState(p)).nodes).toEqual([...story.steps[0]!.framing.nodes].sort());
    await p.setViewportSize({ width: 1280, height: 720 });
    await p.click('[data-testid=story-start]');
    const presentation = p.locator('[data-testid=presentation]');
    await presentation.waitFor();
    for (const lang of ['fr', 'en'] as const) {
      await p.evaluate((chosen) => (window.__liaison!.state as unknown as { setLang(lang: string): void }).setLang(chosen), lang);
      for (const [width, height] of [
        [1280, 720],
        [1024, 768],
      ] as const) {
        await p.setViewportSize({ width, height });
        await p.keyboard.press('Home');
        for (let index = 0; index < story.steps.length; index += 1) {
          if (index > 0) await p.keyboard.press('PageDown');
          await poll(() => presentation.getAttribute('data-step')).toBe(String(index));
          const where = `${lang} step ${index + 1} at ${width}×${height}`;
          await poll(async () => (await canvasState(p)).nodes).toEqual([...story.steps[index]!.framing.nodes].sort());
          await settled(p);
          await poll(async () => (await measure(p)).labels.length).toBeGreaterThan(0);
          const shown = await measure(p);
          for (const label of shown.labels) expect(label.px, `${label.id}, ${where}`).toBeGreaterThanOrEqual(14);
          expect(shown.outside, where).toEqual([]);
          const caption = (await p.locator('[data-testid=story-caption]').boundingBox())!;
          expect(caption.height, where).toBeLessThanOrEqual(height * 0.2 + 0.5);
          expect(shown.bottom, where).toBeLessThanOrEqual(height - caption.height + 1);
          const step = story.steps[index]!;
          expect(await p.locator('[data-testid=caption-title]').textContent()).toBe(lang === 'fr' ? step.title_fr : step.title_en);
          await screenshot(p, `stories-seed-${lang}-${width}-step-${index + 1}.png`);
        }
      }
    }
    await p.keyboard.press('Escape');
    await poll(() => presentation.count()).toBe(0);
    expect(seeded.errors).toEqual([]);
  });
});
