import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FILL } from '../../web/src/features/map/status.js';
import { openExplorer, poll, root, screenshot, startExplorer, type Explorer } from './explorer-app.js';

/**
 * The map view in Chromium: countries coloured for CETS 197 as of 2010 and 2021 (fills read from
 * the rendered SVG, expected from the seed files), play, a click to provenance, the comparison of
 * two years and the table equivalent, at 1440×900 and 1280×720, in English and French.
 */
let explorer: Explorer;

interface Statement {
  type: string;
  from: string;
  to: string;
  date?: string;
  start?: string;
}
const cets = JSON.parse(readFileSync(path.join(root, 'seed/reference/cets197.json'), 'utf8')) as { relationships: Statement[] };

/** CETS 197 status at the end of a year, from the reference table: Party once ratified (or in force), signed before. */
function cetsStatus(country: string, year: number): 'party' | 'signed' | 'none' {
  const facts = cets.relationships.filter((rel) => rel.from === country && rel.to === 'cets-197');
  const since = (rel: Statement | undefined) => (rel ? Number((rel.date ?? rel.start ?? '0').slice(0, 4)) : Infinity);
  if (since(facts.find((rel) => rel.type === 'PARTY_TO')) <= year) return 'party';
  if (since(facts.find((rel) => rel.type === 'SIGNED')) <= year) return 'signed';
  return 'none';
}

/** Countries whose CETS 197 status differs between 2010 and 2021, plus two that did not change. */
const SAMPLE = ['FR', 'DE', 'CZ', 'TR', 'IT', 'RU', 'AL'];

beforeAll(async () => {
  explorer = await startExplorer();
});

afterAll(async () => {
  await explorer?.stop();
});

async function openMap(
  size: { width: number; height: number },
  lang: 'en' | 'fr',
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const opened = await openExplorer(explorer, `/?lang=${lang}`);
  await opened.page.setViewportSize(size);
  await opened.page.click('[data-testid=open-map]');
  await opened.page.locator('[data-testid=world-map] path[data-country=FR]').waitFor({ timeout: 60_000 });
  return opened;
}

/** The fill of a country as drawn. */
function fillOf(page: Page, country: string): Promise<string | null> {
  return page.locator(`[data-testid=world-map] [data-country=${country}]`).first().getAttribute('fill');
}

async function showYear(page: Page, year: number): Promise<void> {
  await page.fill('[data-testid=map-year]', String(year));
  await page.press('[data-testid=map-year]', 'Enter');
  await poll(() => page.locator('[data-testid=map-panel]').getAttribute('data-year')).toBe(String(year));
}

for (const size of [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
]) {
  describe(`map at ${size.width}×${size.height}`, () => {
    let page: Page;
    let context: BrowserContext;
    let errors: string[];

    beforeAll(async () => {
      ({ page, context, errors } = await openMap(size, 'en'));
    });
    afterAll(async () => {
      await context?.close();
    });

    it('colours countries by their CETS 197 status in 2010 and in 2021', async () => {
      for (const year of [2010, 2021]) {
        await showYear(page, year);
        for (const country of SAMPLE) await poll(() => fillOf(page, country)).toBe(FILL[cetsStatus(country, year)]);
        // The legend counts what is drawn.
        const api = await explorer.api(`/api/map/status?measure=cets-197&as_of=${year}`);
        const parties = await page.locator('.map-legend li[data-category=party]').getAttribute('data-count');
        expect(Number(parties)).toBe(api.body.counts.party);
        await screenshot(page, `map-cets197-${year}-${size.width}x${size.height}.png`);
      }
      const box = await page.locator('[data-testid=world-map]').boundingBox();
      expect(box!.width).toBeLessThanOrEqual(size.width);
      expect(errors).toEqual([]);
    });

    it('plays the years and the Parties spread', { timeout: 180_000 }, async () => {
      await showYear(page, 2021);
      // A typed start year: the play goes from 2004 to 2021.
      await page.fill('[data-testid=time-from-input]', '2004');
      await page.press('[data-testid=time-from-input]', 'Enter');
      const partyPaths = () => page.locator(`[data-testid=world-map] path[fill="${FILL.party}"]`).count();
      const final = await partyPaths();
      await page.selectOption('[data-testid=play-speed]', '250');
      await page.click('[data-testid=play]');
      const seen: { year: string | null; parties: number }[] = [];
      // 18 years at 250 ms each, with a map redrawn per year on a busy machine: up to two minutes.
      await expect
        .poll(
          async () => {
            const panel = page.locator('[data-testid=map-panel]');
            const [year, shown] = [await panel.getAttribute('data-year'), await panel.getAttribute('data-shown-year')];
            // Only samples where the drawn statuses are those of the year being played (the previous year's stay while the next load).
            if (year === shown) seen.push({ year, parties: await partyPaths() });
            return page.locator('[data-testid=play]').getAttribute('aria-pressed');
          },
          { timeout: 120_000, interval: 100 },
        )
        .toBe('false');
      const years = [...new Set(seen.map((entry) => entry.year))];
      expect(years.length).toBeGreaterThan(3);
      expect(seen[0]!.parties).toBeLessThan(final);
      // Ratifications last: never fewer Parties as the years go by.
      for (let i = 1; i < seen.length; i++) expect(seen[i]!.parties).toBeGreaterThanOrEqual(seen[i - 1]!.parties);
      await poll(() => partyPaths()).toBe(final);
    });

    it('opens a country with its provenance on click', async () => {
      await showYear(page, 2021);
      await page.locator('[data-testid=world-map] path[data-country=FR]').click();
      const details = page.locator('[data-testid=details]');
      await poll(() => details.textContent()).toContain('France');
      await poll(() => details.textContent()).toContain('CETS');
      await poll(() => details.locator('a[href^="http"]').count()).toBeGreaterThan(0);
      await screenshot(page, `map-details-${size.width}x${size.height}.png`);
    });

    it('compares two years: added in one colour, gone in another', async () => {
      await showYear(page, 2010);
      await page.check('[data-testid=map-compare-on]');
      await page.fill('[data-testid=map-compare-year]', '2021');
      await poll(() => page.locator('[data-testid=map-panel]').getAttribute('data-mode')).toBe('compare');
      const added = SAMPLE.filter((country) => cetsStatus(country, 2010) === 'none' && cetsStatus(country, 2021) !== 'none');
      expect(added.length).toBeGreaterThan(0);
      for (const country of added) await poll(() => fillOf(page, country)).toBe(FILL.added);
      await page.selectOption('[data-testid=map-measure]', 'coe');
      await page.fill('[data-testid=map-compare-year]', '2023');
      await poll(() => fillOf(page, 'RU')).toBe(FILL.removed);
      await screenshot(page, `map-compare-${size.width}x${size.height}.png`);
      await page.uncheck('[data-testid=map-compare-on]');
      await page.selectOption('[data-testid=map-measure]', 'cets-197');
    });

    it('has a table equivalent with the same filters, dates and sources', async () => {
      await showYear(page, 2010);
      await page.selectOption('[data-testid=map-table-filter]', 'party');
      const rows = page.locator('.map-table tbody tr');
      const api = await explorer.api('/api/map/status?measure=cets-197&as_of=2010');
      await poll(() => rows.count()).toBe(api.body.counts.party);
      const france = page.locator('.map-table tbody tr[data-country=FR]');
      expect(await france.locator('td').nth(1).textContent()).toContain(
        cets.relationships.find((rel) => rel.from === 'FR' && rel.type === 'PARTY_TO')!.date!,
      );
      expect(await france.locator('a[href^="http"]').count()).toBeGreaterThan(0);
      await page.selectOption('[data-testid=map-table-filter]', 'all');
    });
  });
}

describe('map in French', () => {
  it('speaks French: legend, table and country names', async () => {
    const { page, context } = await openMap({ width: 1440, height: 900 }, 'fr');
    await showYear(page, 2021);
    await poll(() => page.locator('.map-legend').textContent()).toContain('Partie');
    await poll(() => page.locator('.map-table tbody tr[data-country=DE] th').textContent()).toBe('Allemagne');
    await screenshot(page, 'map-cets197-2021-fr.png');
    await context.close();
  });
});
