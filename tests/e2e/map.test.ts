import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MapPlacesResponse } from '../../api/src/contract/map.js';
import { countryShapes, mainCentroid } from '../../web/src/features/map/geometry.js';
import { projectionFor, type MapView } from '../../web/src/features/map/projection.js';
import { FILL } from '../../web/src/features/map/status.js';
import { COMPARE_COLOURS } from '../../web/src/features/timeline/compareColours.js';
import { mapEn } from '../../web/src/i18n/map-en.js';
import { mapFr } from '../../web/src/i18n/map-fr.js';
import { openExplorer, poll, rgb, root, screenshot, startExplorer, type Explorer } from './explorer-app.js';

/**
 * The map view in Chromium: countries coloured for CETS 197 as of 2010 and 2021 (fills read from
 * the rendered SVG, expected from the seed files), play, a click to provenance, the comparison of
 * two years (one mode with the canvas and the time bar), events on their cities and the table
 * equivalent, at 1440×900 and 1280×720, in English and French.
 */
let explorer: Explorer;

interface Statement {
  type: string;
  from: string;
  to: string;
  date?: string;
  start?: string;
  source_url?: string;
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

/** Natural Earth outlines, for where a country's own dot stands (its main centroid). */
const shapes = countryShapes(JSON.parse(readFileSync(path.join(root, 'node_modules/world-atlas/countries-50m.json'), 'utf8')));

/** Where the map draws a [lon, lat] point: the view's projection fitted to the drawn SVG's size. */
async function projected(page: Page, lonLat: [number, number]): Promise<[number, number]> {
  const svg = page.locator('[data-testid=world-map]');
  const [view, width, height] = [
    await svg.getAttribute('data-view'),
    Number(await svg.getAttribute('width')),
    Number(await svg.getAttribute('height')),
  ];
  return projectionFor(view as MapView, width, height)(lonLat)!;
}

async function centreOf(page: Page, selector: string): Promise<[number, number]> {
  const dot = page.locator(`[data-testid=world-map] ${selector}`);
  return [Number(await dot.getAttribute('cx')), Number(await dot.getAttribute('cy'))];
}

beforeAll(async () => {
  explorer = await startExplorer();
  // Warm the first queries (the time bar needs the timeline): on a loaded machine a cold query can
  // run past the API's budget, and a page whose timeline fails three times has no time bar.
  for (const query of ['/api/graph', '/api/timeline?granularity=year', '/api/map/status?measure=cets-197&as_of=2021']) {
    const deadline = Date.now() + 180_000;
    while ((await explorer.api(query)).status !== 200) {
      if (Date.now() > deadline) throw new Error(`${query} did not answer 200 within 180 s`);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  }
}, 420_000);

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
  await drawnYear(page, year);
}

/**
 * Waits until the map has drawn the year: its statuses (and places, with events on) answered and
 * painted in one render, which the map marks with `data-drawn-year`. A condition, not a delay: on a
 * loaded machine the answer may take many seconds.
 */
async function drawnYear(page: Page, year: number): Promise<void> {
  await page.locator(`[data-testid=map-area][data-drawn-year="${year}"]`).waitFor({ timeout: 90_000 });
}

/** Whether an element's box is on screen and the element itself is what shows at its centre (nothing covers it). */
async function onScreen(page: Page, locator: ReturnType<Page['locator']>): Promise<boolean> {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize()!;
  if (!box || box.x < 0 || box.y < 0 || box.x + box.width > viewport.width || box.y + box.height > viewport.height) return false;
  return locator.evaluate((element, [x, y]) => element.contains(document.elementFromPoint(x!, y!)), [box.x + box.width / 2, box.y + box.height / 2]);
}

/** The countries Party to CETS 197 at the end of a year, from the reference table. */
function cetsParties(year: number): string[] {
  const countries = new Set(cets.relationships.filter((rel) => rel.to === 'cets-197').map((rel) => rel.from));
  return [...countries].filter((country) => cetsStatus(country, year) === 'party').sort();
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

    it('colours countries by their CETS 197 status in 2010 and in 2021', { timeout: 240_000 }, async () => {
      for (const year of [2010, 2021]) {
        await showYear(page, year);
        // Drawn means painted: the fills are those of the year, read at once.
        for (const country of SAMPLE) expect(await fillOf(page, country), `${country} ${year}`).toBe(FILL[cetsStatus(country, year)]);
        // The legend counts what is drawn.
        const api = await explorer.api(`/api/map/status?measure=cets-197&as_of=${year}`);
        const parties = await page.locator('.map-legend li[data-category=party]').getAttribute('data-count');
        expect(Number(parties)).toBe(api.body.counts.party);
        await screenshot(page, `map-cets197-${year}-${size.width}x${size.height}.png`);
      }
      const box = await page.locator('[data-testid=world-map]').boundingBox();
      expect(box!.width).toBeLessThanOrEqual(size.width);
      // Events are part of the map: drawn from the start.
      expect(await page.isChecked('[data-testid=map-events]')).toBe(true);
      expect(await page.locator('[data-testid=world-map] circle[data-place]').count()).toBeGreaterThan(0);
      expect(errors).toEqual([]);
    });

    it('plays the years one after another, each drawn before the next, and the Parties spread', { timeout: 300_000 }, async () => {
      // Statuses only: the events' places per year are the bench's business, not this test's.
      await page.uncheck('[data-testid=map-events]');
      await showYear(page, 2021);
      // A typed start year: the play goes from 2004 to 2021.
      await page.fill('[data-testid=time-from-input]', '2004');
      await page.press('[data-testid=time-from-input]', 'Enter');
      await poll(() => page.locator('[data-testid=time-window]').textContent()).toBe('2004 – 2021');
      const final = await page.locator(`[data-testid=world-map] path[fill="${FILL.party}"]`).count();
      // Every year the map marks as drawn, with the Parties painted at that moment, recorded in the
      // page as it happens (a poll from here could miss a year on a loaded machine).
      await page.evaluate((partyFill) => {
        const area = document.querySelector('[data-testid=map-area]')!;
        const log: { year: string; parties: number }[] = [];
        (window as unknown as { __drawn: typeof log }).__drawn = log;
        new MutationObserver(() => {
          const year = area.getAttribute('data-drawn-year');
          if (year && log.at(-1)?.year !== year) log.push({ year, parties: area.querySelectorAll(`path[fill="${partyFill}"]`).length });
        }).observe(area, { attributes: true, attributeFilter: ['data-drawn-year'] });
      }, FILL.party);
      // A slow server: each year's statuses take longer to come than a year stays on screen. Play
      // must still show every year, each once drawn.
      const slow = async (route: Route) => {
        await new Promise((resolve) => setTimeout(resolve, 600));
        await route.continue();
      };
      const statuses = (url: URL) => url.pathname === '/api/map/status';
      await page.route(statuses, slow);
      await page.selectOption('[data-testid=play-speed]', '250');
      await page.click('[data-testid=play]');
      await expect.poll(() => page.locator('[data-testid=play]').getAttribute('aria-pressed'), { timeout: 240_000, interval: 250 }).toBe('false');
      await page.unroute(statuses, slow);
      const seen = await page.evaluate(() => (window as unknown as { __drawn: { year: string; parties: number }[] }).__drawn);
      expect(seen.map((entry) => entry.year)).toEqual(Array.from({ length: 18 }, (_, index) => String(2004 + index)));
      expect(seen[0]!.parties).toBeLessThan(final);
      // Ratifications last: never fewer Parties as the years go by, and all of them at the end.
      for (let i = 1; i < seen.length; i++) expect(seen[i]!.parties).toBeGreaterThanOrEqual(seen[i - 1]!.parties);
      expect(seen.at(-1)!.parties).toBe(final);
      await page.check('[data-testid=map-events]');
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

    it('compares two years in the one comparison mode of map, time bar and canvas, in the same colours', { timeout: 180_000 }, async () => {
      await showYear(page, 2021);
      const panel = page.locator('[data-testid=map-panel]');
      await page.check('[data-testid=map-compare-on]');
      await page.fill('[data-testid=map-compare-year-0]', '2010');
      await page.press('[data-testid=map-compare-year-0]', 'Enter');
      await page.fill('[data-testid=map-compare-year-1]', '2021');
      await page.press('[data-testid=map-compare-year-1]', 'Enter');
      await poll(() => panel.getAttribute('data-compare')).toBe('2010-2021');
      expect(await panel.getAttribute('data-mode')).toBe('compare');
      const added = SAMPLE.filter((country) => cetsStatus(country, 2010) === 'none' && cetsStatus(country, 2021) !== 'none');
      expect(added.length).toBeGreaterThan(0);
      for (const country of added) await poll(() => fillOf(page, country)).toBe(COMPARE_COLOURS.added);
      // The table shows the same colour and the canvas legend's words.
      const row = page.locator(`.map-table tbody tr[data-country=${added[0]}]`);
      expect(await row.locator('.map-legend-swatch').getAttribute('data-fill')).toBe(COMPARE_COLOURS.added);
      expect(await row.locator('td').first().textContent()).toBe('Added by 2021');
      // The time bar holds the same two years.
      expect(await page.isChecked('[data-testid=compare-toggle]')).toBe(true);
      expect([await page.inputValue('[data-testid=compare-year-0]'), await page.inputValue('[data-testid=compare-year-1]')]).toEqual([
        '2010',
        '2021',
      ]);

      // Back to the graph: the canvas compares the same years, added drawn in the same blue.
      await page.click('[data-testid=open-map]');
      await page.locator('[data-testid=map-panel]').waitFor({ state: 'detached', timeout: 30_000 });
      await poll(() => page.locator('[data-testid=compare-legend] h3').textContent()).toContain('2010 → 2021');
      await page.waitForFunction(() => (window.__liaison?.cy?.elements('.time-added').length ?? 0) > 0, undefined, { timeout: 60_000 });
      const canvasAdded = await page.evaluate(() => {
        const element = window.__liaison!.cy!.elements('.time-added').first();
        return element.isEdge() ? element.style('line-color') : element.style('border-color');
      });
      expect(canvasAdded.replace(/\s/g, '')).toBe(rgb(COMPARE_COLOURS.added).replace(/\s/g, ''));

      // Years changed in the time bar are the map's years too; gone in the canvas's vermilion.
      await page.fill('[data-testid=compare-year-1]', '2023');
      await page.press('[data-testid=compare-year-1]', 'Enter');
      await poll(() => page.locator('[data-testid=compare-legend] h3').textContent()).toContain('2010 → 2023');
      await page.click('[data-testid=open-map]');
      await poll(() => panel.getAttribute('data-compare')).toBe('2010-2023');
      await page.selectOption('[data-testid=map-measure]', 'coe');
      await poll(() => fillOf(page, 'RU')).toBe(COMPARE_COLOURS.removed);
      await poll(() => page.locator('.map-legend li[data-category=removed]').textContent()).toContain('Gone by 2023');
      await screenshot(page, `map-compare-${size.width}x${size.height}.png`);
      // Off on the map is off everywhere.
      await page.uncheck('[data-testid=map-compare-on]');
      await poll(() => page.isChecked('[data-testid=compare-toggle]')).toBe(false);
      expect(await panel.getAttribute('data-mode')).toBe('status');
      await page.selectOption('[data-testid=map-measure]', 'cets-197');
    });

    it('places events on their cities (else on their country), sized by participants', { timeout: 120_000 }, async () => {
      await showYear(page, 2021);
      await page.check('[data-testid=map-events]');
      let places = await explorer.api('/api/map/places?as_of=2021');
      // The API's 15 s budget can run out once on a loaded machine: ask again until answered.
      await expect
        .poll(
          async () => {
            if (places.status !== 200) places = await explorer.api('/api/map/places?as_of=2021');
            return places.status;
          },
          { timeout: 90_000, interval: 2_000 },
        )
        .toBe(200);
      const body = places.body as MapPlacesResponse;
      const inWarsaw = body.events.filter((event) => event.city?.id === 'city-warsaw');
      expect(inWarsaw.length).toBeGreaterThan(0);
      const warsaw = inWarsaw[0]!.city!;
      expect(warsaw.lat).not.toBeNull();
      const dot = page.locator('[data-testid=world-map] circle[data-place=city-warsaw]');
      await dot.waitFor({ timeout: 60_000 });
      expect(await dot.getAttribute('data-placed')).toBe('city');
      // The dot counts Warsaw's events and those of any place merged into it (overlapping on screen).
      const merged = (await dot.getAttribute('data-places'))!.split(' ');
      expect(merged).toContain('city-warsaw');
      const keyOf = (event: MapPlacesResponse['events'][number]) => event.city?.id ?? `country:${event.country}`;
      expect(Number(await dot.getAttribute('data-events'))).toBe(body.events.filter((event) => merged.includes(keyOf(event))).length);
      // At Warsaw's coordinates from the graph, inside Poland, and not on Poland's centroid.
      const [cx, cy] = await centreOf(page, 'circle[data-place=city-warsaw]');
      const [x, y] = await projected(page, [warsaw.lon!, warsaw.lat!]);
      expect(Math.abs(cx - x)).toBeLessThan(0.5);
      expect(Math.abs(cy - y)).toBeLessThan(0.5);
      const inPoland = await page.evaluate(
        ([px, py]) => {
          const poland = document.querySelector<SVGPathElement>('[data-testid=world-map] path[data-country=PL]')!;
          return poland.isPointInFill(new DOMPoint(px, py));
        },
        [cx, cy],
      );
      expect(inPoland).toBe(true);
      const [plx, ply] = await projected(page, mainCentroid(shapes.find((shape) => shape.id === 'PL')!.feature));
      expect(Math.hypot(cx - plx, cy - ply)).toBeGreaterThan(4);
      // A city the seed has no coordinates for (Bali, named as an island) stays on its country's centroid.
      const unplacedCity = body.events.find((event) => event.city !== null && event.city.lat === null);
      if (unplacedCity) {
        const selector = `circle[data-place=${unplacedCity.city!.id}]`;
        expect(await page.locator(`[data-testid=world-map] ${selector}`).getAttribute('data-placed')).toBe('country');
        const [ux, uy] = await centreOf(page, selector);
        const [ex, ey] = await projected(page, mainCentroid(shapes.find((shape) => shape.id === unplacedCity.country)!.feature));
        expect(Math.hypot(ux - ex, uy - ey)).toBeLessThan(0.5);
      }
      // Area by participants: more participants, a dot at least as big.
      const sized = await page.locator('[data-testid=world-map] circle[data-place]').evaluateAll((items) =>
        items
          .map((item) => ({ participants: Number(item.getAttribute('data-participants') ?? 'NaN'), r: Number(item.getAttribute('r')) }))
          .filter((entry) => Number.isFinite(entry.participants))
          .sort((a, b) => a.participants - b.participants),
      );
      for (let i = 1; i < sized.length; i++) expect(sized[i]!.r).toBeGreaterThanOrEqual(sized[i - 1]!.r);
      await screenshot(page, `map-events-europe-${size.width}x${size.height}.png`);
      await page.selectOption('[data-testid=map-view]', 'world');
      await poll(() => page.locator('[data-testid=world-map]').getAttribute('data-view')).toBe('world');
      // New York on the world view: at its own coordinates too.
      const newYork = body.events.find((event) => event.city?.id === 'city-new-york')?.city;
      if (newYork?.lat != null && newYork.lon != null) {
        const [nx, ny] = await centreOf(page, 'circle[data-place=city-new-york]');
        const [ex, ey] = await projected(page, [newYork.lon, newYork.lat]);
        expect(Math.hypot(nx - ex, ny - ey)).toBeLessThan(0.5);
      }
      // At world scale, dots that would overlap are drawn as one, its count on it; every placed event is in exactly one dot.
      const drawnDots = await page.locator('[data-testid=world-map] circle[data-place]').evaluateAll((items) =>
        items.map((item) => ({
          key: item.getAttribute('data-place')!,
          places: item.getAttribute('data-places')!.split(' '),
          events: Number(item.getAttribute('data-events')),
        })),
      );
      const placeKeys = new Set(body.events.filter((event) => event.country !== null).map(keyOf));
      expect(drawnDots.flatMap((drawn) => drawn.places).sort()).toEqual([...placeKeys].sort());
      expect(drawnDots.reduce((sum, drawn) => sum + drawn.events, 0)).toBe(body.events.filter((event) => event.country !== null).length);
      const group = drawnDots.filter((drawn) => drawn.places.length > 1).sort((a, b) => b.events - a.events)[0]!;
      expect(group).toBeDefined();
      expect(await page.locator(`[data-testid=world-map] text[data-count-of="${group.key}"]`).textContent()).toBe(String(group.events));
      const groupDot = page.locator(`[data-testid=world-map] circle[data-place="${group.key}"]`);
      // Hover: the places and how many events (synthetic events on the dot itself: a smaller dot may lie on top of it).
      const [gx, gy] = await groupDot.evaluate((circle) => {
        const box = circle.getBoundingClientRect();
        return [box.x + box.width / 2, box.y + box.height / 2];
      });
      await groupDot.dispatchEvent('mousemove', { clientX: gx, clientY: gy, bubbles: true });
      await poll(() => page.locator('.world-map-tooltip').textContent()).toContain(`${group.events} events`);
      // Click: every event of the dot, each one click from its details.
      await groupDot.dispatchEvent('click');
      const list = page.locator('[data-testid=map-events-list]');
      await poll(() => list.locator('li').count()).toBe(group.events);
      await screenshot(page, `map-events-world-${size.width}x${size.height}.png`);
      const names = body.events.filter((event) => group.places.includes(keyOf(event))).map((event) => event.name_en ?? event.id);
      const firstListed = (await list.locator('li button').first().textContent())!;
      expect(names.some((name) => firstListed.startsWith(name))).toBe(true);
      await list.locator('li button').first().click();
      await poll(() => page.locator('[data-testid=details]').textContent()).toContain(firstListed.replace(/ \(\d{4}\)$/, ''));
      await page.click('[data-testid=map-events-close]');
      await page.selectOption('[data-testid=map-view]', 'europe');
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

      // Reachable at this size: under the map, its first rows on screen and uncovered, read by role.
      const table = page.getByRole('region', { name: mapEn.table.title });
      const bodyRows = table.getByRole('row').filter({ has: page.getByRole('rowheader') });
      await poll(() => bodyRows.count()).toBeGreaterThan(40);
      for (const index of [0, 1, 2]) expect(await onScreen(page, bodyRows.nth(index)), `row ${index}`).toBe(true);
      expect(await onScreen(page, table.getByRole('columnheader', { name: mapEn.table.source }))).toBe(true);
      expect(await bodyRows.first().getByRole('rowheader').textContent()).toMatch(/\S/);
      // It scrolls in its own area: the last row comes on screen while the map stays where it was.
      const mapBefore = await page.locator('[data-testid=world-map]').boundingBox();
      expect(await onScreen(page, bodyRows.last())).toBe(false);
      await bodyRows.last().scrollIntoViewIfNeeded();
      await poll(() => onScreen(page, bodyRows.last())).toBe(true);
      expect(await page.locator('[data-testid=world-map]').boundingBox()).toEqual(mapBefore);
      expect(await onScreen(page, table.getByRole('columnheader', { name: mapEn.table.country }))).toBe(true);
      await screenshot(page, `map-table-${size.width}x${size.height}.png`);
    });
  });
}

describe('map in French', () => {
  it('speaks French: legend, table, country names and event places, in both views and sizes', { timeout: 180_000 }, async () => {
    const { page, context } = await openMap({ width: 1440, height: 900 }, 'fr');
    await showYear(page, 2021);
    await poll(() => page.locator('.map-legend').textContent()).toContain('Partie');
    await poll(() => page.locator('.map-table tbody tr[data-country=DE] th').textContent()).toBe('Allemagne');
    await screenshot(page, 'map-cets197-2021-fr.png');
    await page.check('[data-testid=map-events]');
    await page.locator('[data-testid=world-map] circle[data-place=city-warsaw]').waitFor({ timeout: 60_000 });
    for (const size of [
      { width: 1440, height: 900 },
      { width: 1280, height: 720 },
    ]) {
      await page.setViewportSize(size);
      for (const view of ['europe', 'world'] as const) {
        await page.selectOption('[data-testid=map-view]', view);
        await poll(() => page.locator('[data-testid=world-map]').getAttribute('data-view')).toBe(view);
        await screenshot(page, `map-events-${view}-fr-${size.width}x${size.height}.png`);
      }
    }
    // The dot's words are French: Varsovie, not Warsaw.
    await page.selectOption('[data-testid=map-view]', 'europe');
    // A synthetic pointer move on the dot itself (a neighbouring dot may overlap it on screen).
    const [wx, wy] = await page.locator('[data-testid=world-map] circle[data-place=city-warsaw]').evaluate((circle) => {
      const box = circle.getBoundingClientRect();
      return [box.x + box.width / 2, box.y + box.height / 2];
    });
    await page
      .locator('[data-testid=world-map] circle[data-place=city-warsaw]')
      .dispatchEvent('mousemove', { clientX: wx, clientY: wy, bubbles: true });
    await poll(() => page.locator('.world-map-tooltip').textContent()).toContain('Varsovie');
    await context.close();
  });
});

/**
 * The "done when": who had ratified CETS 197 in 2010, who in 2021, and on what source,
 * read from the map at 1280×720 in English and in French — choose the instrument, type the year,
 * read the table's rows (Parties, with dates and sources), open a country's provenance, then 2021.
 */
for (const lang of ['en', 'fr'] as const) {
  describe(`an analyst's question in ${lang === 'en' ? 'English' : 'French'}`, () => {
    it('who had ratified CETS 197 in 2010 and in 2021, and on what source', { timeout: 240_000 }, async () => {
      const words = lang === 'en' ? mapEn : mapFr;
      const { page, context, errors } = await openMap({ width: 1280, height: 720 }, lang);
      const started = Date.now();
      await page.selectOption('[data-testid=map-measure]', 'cets-197');
      const table = page.getByRole('region', { name: words.table.title });
      const rows = table.getByRole('row').filter({ has: page.getByRole('rowheader') });
      for (const year of [2010, 2021]) {
        await showYear(page, year);
        await page.selectOption('[data-testid=map-table-filter]', 'party');
        const parties = cetsParties(year);
        await poll(() => rows.count()).toBe(parties.length);
        // Who: the rows are the Parties of that year; on what source: each row links the ratification's source.
        const read = await rows.evaluateAll((items) =>
          items.map((row) => ({
            country: row.getAttribute('data-country')!,
            date: row.querySelectorAll('td')[1]?.textContent ?? '',
            links: Array.from(row.querySelectorAll('td:last-child a'), (link) => link.getAttribute('href')),
          })),
        );
        expect(read.map((row) => row.country).sort()).toEqual(parties);
        for (const row of read) {
          const ratified = cets.relationships.find((rel) => rel.from === row.country && rel.to === 'cets-197' && rel.type === 'PARTY_TO')!;
          // A ratification the sources give no date for (Lithuania's) holds at any year, and says so.
          const date = ratified.date ?? ratified.start;
          if (date) expect(row.date, row.country).toContain(date);
          else expect(row.date, row.country).toBe(words.undated);
          expect(row.links, row.country).toContain(ratified.source_url);
        }
        // The first row is on screen, and one click from the country's details and provenance.
        const first = rows.first();
        expect(await onScreen(page, first)).toBe(true);
        const name = (await first.getByRole('rowheader').textContent())!;
        await first.getByRole('rowheader').getByRole('button').click();
        const details = page.locator('[data-testid=details]');
        await poll(() => details.locator('h2').textContent()).toContain(name);
        await poll(() => details.locator('a[href^="http"]').count()).toBeGreaterThan(0);
        await screenshot(page, `map-analyst-${lang}-${year}-1280x720.png`);
      }
      // Not asserted (the machine may be loaded): how long the whole walk took, for the report.
      console.log(`analyst walk (${lang}, 1280×720): ${((Date.now() - started) / 1000).toFixed(1)} s`);
      expect(errors).toEqual([]);
      await context.close();
    });
  });
}
