/**
 * `npm run bench:web`: how fast the explorer draws, in headless Chromium on this machine.
 *   - time to first draw of the seeded graph (page load → documents overview laid out);
 *   - first readable screen: page load → the start cards shown (title and summary), and page load →
 *     the overview behind them labelled (semantic labels chosen);
 *   - expand latency (request + placement of the new nodes, locked layout of the others), and
 *     expand in context (the same, until the neighbourhood is gathered and framed);
 *   - draw + layout time of synthetic graphs of 500, 2,000 and 5,000 elements, with the canvas
 *     renderer and with the WebGL renderer;
 *   - the map: first draw (click → every country coloured, geometry and statuses loaded) and a
 *     redraw for another year;
 *   - one play step: a year later on the canvas (the seeded overview restyled and drawn), and on the
 *     map (the next year's statuses and event places fetched and drawn: `data-drawn-year`, what play
 *     waits for before the next year).
 * Prints each figure as it is measured, then a table, and writes .artifacts/bench-web.json (a
 * synthetic layout that does not finish within LAYOUT_DEADLINE_MS is reported and skipped). Not a
 * test: it asserts nothing.
 *
 * BENCH_URL=http://127.0.0.1:8080 uses a running app; otherwise the app starts as `npm start` does,
 * on a free port, with its own local Neo4j in .neo4j/bench-web (or NEO4J_URI when set).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { findFreePort } from '../../tools/neo4j/ports.js';
import { startApp } from '../../tools/start-app.js';

const root = path.resolve(import.meta.dirname, '../..');
const ELEMENT_COUNTS = [500, 2000, 5000];
const RUNS = 3;
/** How long one synthetic layout may take before it is reported as not finished. */
const LAYOUT_DEADLINE_MS = 180_000;

/** The app under test: BENCH_URL, or started here on a free port serving the e2e build (with the test hook). */
async function benchApp(): Promise<{ url: string; stop(): Promise<void> }> {
  if (process.env.BENCH_URL) return { url: process.env.BENCH_URL, stop: async () => {} };
  const local: Record<string, string> = process.env.NEO4J_URI
    ? {}
    : { NEO4J_BOLT_PORT: '0', NEO4J_STATE_DIR: process.env.NEO4J_STATE_DIR ?? path.join(root, '.neo4j/bench-web') };
  return startApp({ PORT: String(await findFreePort()), ...local }, 300_000);
}

/** Headless Chromium; SwiftShader gives it a software WebGL2 so the WebGL renderer can be measured. */
function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--ignore-gpu-blocklist',
      '--disable-background-networking',
      '--no-first-run',
    ],
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const round = (value: number) => Math.round(value);

async function openPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  // tsx compiles with keepNames: functions sent to the page call its __name helper.
  await page.addInitScript('window.__name = (fn) => fn');
  await page.goto(`${url}/?lang=en`);
  await page.waitForSelector('html[data-ready=true]', { timeout: 120_000 });
  await page.waitForFunction(() => document.querySelector('[data-testid=graph-canvas]')?.getAttribute('data-layout') === 'idle', undefined, {
    timeout: 60_000,
  });
  return page;
}

/** Page load → the documents overview drawn and laid out (performance marks set by the app). */
async function firstDraw(browser: Browser, url: string): Promise<{ ready: number; laidOut: number; nodes: number }> {
  const page = await openPage(browser, url);
  const figures = await page.evaluate(() => {
    const mark = (name: string) => performance.getEntriesByName(name).at(-1)?.startTime ?? NaN;
    return {
      ready: mark('liaison:ready'),
      laidOut: Math.max(mark('liaison:ready'), performance.getEntriesByName('liaison:layout-done')[0]?.startTime ?? NaN),
      nodes: window.__liaison!.cy!.nodes().length,
    };
  });
  await page.close();
  return figures;
}

/** Page load → first start card on screen, and → overview labelled (watched from the first frame). */
async function firstReadable(browser: Browser, url: string): Promise<{ cards: number; labels: number }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.addInitScript(`(() => {
    const seen = {};
    window.__readable = seen;
    const watch = () => {
      if (seen.cards === undefined && document.querySelector('[data-testid=start-card] h3, [data-testid=start-card]')) seen.cards = performance.now();
      const canvas = document.querySelector('[data-testid=graph-canvas]');
      if (seen.labels === undefined && canvas && Number(canvas.getAttribute('data-labels')) > 0 && canvas.getAttribute('data-labels-pending') === 'false') seen.labels = performance.now();
      if (seen.cards === undefined || seen.labels === undefined) requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  })()`);
  await page.goto(`${url}/?lang=en`);
  type Readable = { __readable?: { cards?: number; labels?: number } };
  // A function predicate, not a string: the app's CSP forbids the eval a string predicate needs.
  await page.waitForFunction(
    () => {
      const seen = (window as unknown as Readable).__readable;
      return seen?.cards !== undefined && seen.labels !== undefined;
    },
    undefined,
    { timeout: 120_000 },
  );
  const figures = (await page.evaluate(() => (window as unknown as Readable).__readable)) as { cards: number; labels: number };
  await page.close();
  return figures;
}

/** Expand one hub after another: request, new elements, locked incremental layout, next frame. */
async function expandLatency(browser: Browser, url: string): Promise<{ placed: number; inContext: number }[]> {
  const page = await openPage(browser, url);
  const times = await page.evaluate(async () => {
    const liaison = window.__liaison!;
    const cy = liaison.cy!;
    const hubs = cy
      .nodes()
      .sort((a, b) => b.degree(false) - a.degree(false))
      .slice(0, 6)
      .map((node) => node.id());
    const idle = () =>
      new Promise<void>((resolve) => {
        const check = () =>
          document.querySelector('[data-testid=graph-canvas]')?.getAttribute('data-layout') !== 'running'
            ? requestAnimationFrame(() => resolve())
            : requestAnimationFrame(check);
        requestAnimationFrame(check);
      });
    const host = document.querySelector('[data-testid=graph-canvas]')!;
    // Expand in context ends when the neighbourhood is gathered around the node (useGather).
    const gathered = () =>
      new Promise<void>((resolve) => {
        const check = () => {
          const value = host.getAttribute('data-gathered');
          if (value && value !== 'moving') requestAnimationFrame(() => resolve());
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
    const result: { placed: number; inContext: number }[] = [];
    for (const id of hubs) {
      host.removeAttribute('data-gathered');
      const start = performance.now();
      await liaison.state.perform({ kind: 'expand', ids: [id], direction: 'both', depth: 1, limit: 25 });
      await idle();
      const placed = performance.now() - start;
      await gathered();
      result.push({ placed, inContext: performance.now() - start });
    }
    return result;
  });
  await page.close();
  return times;
}

/** Resolves after `count` animation frames (a frame after the change is the one that shows it). */
const FRAMES_SOURCE = `(count) => new Promise((resolve) => { const step = (left) => left ? requestAnimationFrame(() => step(left - 1)) : resolve(); step(count); })`;

/** The map: open it (geometry, statuses, first paint), then type another year and wait for its colours. */
async function mapDraw(browser: Browser, url: string): Promise<{ firstMs: number; redrawMs: number; countries: number }> {
  const page = await openPage(browser, url);
  try {
    await page.evaluate(`window.__frames = ${FRAMES_SOURCE}`);
    const start = await page.evaluate(() => performance.now());
    await page.click('[data-testid=open-map]');
    await page.waitForFunction(
      () => {
        const panel = document.querySelector('[data-testid=map-panel]');
        return (
          panel &&
          panel.getAttribute('data-shown-year') === panel.getAttribute('data-year') &&
          document.querySelector('[data-testid=world-map] path[data-country=FR]')
        );
      },
      undefined,
      { timeout: 120_000 },
    );
    const first = await page.evaluate(async (begin) => {
      await (window as unknown as { __frames(count: number): Promise<void> }).__frames(2);
      return { ms: performance.now() - begin, countries: document.querySelectorAll('[data-testid=world-map] [data-country]').length };
    }, start);
    const year = Number(await page.getAttribute('[data-testid=map-panel]', 'data-year')) - 10;
    const redrawStart = await page.evaluate(() => performance.now());
    await page.fill('[data-testid=map-year]', String(year));
    await page.press('[data-testid=map-year]', 'Enter');
    await page.waitForFunction((y) => document.querySelector('[data-testid=map-panel]')?.getAttribute('data-shown-year') === String(y), year, {
      timeout: 60_000,
    });
    const redraw = await page.evaluate(async (begin) => {
      await (window as unknown as { __frames(count: number): Promise<void> }).__frames(2);
      return performance.now() - begin;
    }, redrawStart);
    return { firstMs: first.ms, redrawMs: redraw, countries: first.countries };
  } finally {
    await page.close();
  }
}

/**
 * One play step: the year shown moves on by one (as the play timer does) and the view is drawn for
 * it — on the canvas, the seeded overview restyled by the time rule; on the map, the next year's
 * statuses fetched and painted. Median over the years 2005…2014.
 */
async function playStep(browser: Browser, url: string, withMap: boolean): Promise<{ runs: number[]; nodes: number }> {
  const page = await openPage(browser, url);
  try {
    await page.evaluate(`window.__frames = ${FRAMES_SOURCE}`);
    if (withMap) {
      await page.click('[data-testid=open-map]');
      await page.locator('[data-testid=world-map] path[data-country=FR]').waitFor({ timeout: 120_000 });
    }
    // The time bar comes once the timeline (events per year) has answered: without it no year shows.
    await page.locator('[data-testid=time-window]').waitFor({ timeout: 120_000 });
    const runs: number[] = [];
    for (let year = 2005; year <= 2014; year += 1) {
      const start = await page.evaluate((y) => {
        const begin = performance.now();
        window.__liaison!.state.showYear(y);
        return begin;
      }, year);
      // The time bar says the year, and with the map open the map has drawn it (statuses and event
      // places answered and painted: `data-drawn-year`, what play itself waits for).
      await page.waitForFunction(
        ({ y, map }) =>
          (document.querySelector('[data-testid=time-window]')?.textContent ?? '').includes(String(y)) &&
          (!map || document.querySelector('[data-testid=map-area]')?.getAttribute('data-drawn-year') === String(y)),
        { y: year, map: withMap },
        { timeout: 60_000, polling: 'raf' },
      );
      runs.push(
        await page.evaluate(async (begin) => {
          await (window as unknown as { __frames(count: number): Promise<void> }).__frames(1);
          return performance.now() - begin;
        }, start),
      );
    }
    return { runs, nodes: await page.evaluate(() => window.__liaison!.cy!.nodes().length) };
  } finally {
    await page.close();
  }
}

/** Draw and lay out a synthetic graph of about `elements` elements (2 edges for 3 nodes' worth). */
async function layoutTime(
  browser: Browser,
  url: string,
  renderer: 'canvas' | 'webgl',
  elements: number,
): Promise<{ ms: number; nodes: number; edges: number; webgl: boolean } | null> {
  const page = await openPage(browser, url);
  try {
    return await page.evaluate(
      async ({ renderer, elements, deadlineMs }) => {
        const liaison = window.__liaison!;
        if (renderer === 'webgl' && !document.createElement('canvas').getContext('webgl2')) return null;
        const previous = liaison.cy;
        liaison.state.switchRenderer(renderer);
        while (renderer === 'webgl' && liaison.cy === previous) await new Promise((resolve) => requestAnimationFrame(resolve));
        const nodeCount = Math.round(elements * 0.4);
        const edgeCount = elements - nodeCount;
        const labels = ['Actor', 'Event', 'Country', 'Instrument', 'Topic', 'Person', 'Programme', 'City'];
        const nodes = new Map();
        for (let i = 0; i < nodeCount; i += 1) {
          nodes.set(`n${i}`, {
            id: `n${i}`,
            labels: [labels[i % labels.length]],
            properties: { name_en: `Synthetic node ${i}`, name_fr: `Nœud synthétique ${i}` },
          });
        }
        // Preferential attachment: a few hubs, a long tail, as in the real graph.
        const edges = new Map();
        const ends: number[] = [0];
        let seed = 42;
        const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
        for (let i = 1; i < nodeCount && edges.size < edgeCount; i += 1) {
          const target = ends[Math.floor(random() * ends.length)]!;
          edges.set(`e${edges.size}`, { id: `e${edges.size}`, type: 'COOPERATES_WITH', source: `n${i}`, target: `n${target}`, properties: {} });
          ends.push(i, target);
        }
        while (edges.size < edgeCount) {
          const a = Math.floor(random() * nodeCount);
          const b = ends[Math.floor(random() * ends.length)]!;
          if (a !== b)
            edges.set(`e${edges.size}`, { id: `e${edges.size}`, type: 'PARTICIPATED_IN', source: `n${a}`, target: `n${b}`, properties: {} });
        }
        performance.clearMarks('liaison:layout-done');
        const start = performance.now();
        liaison.store.setState({ graph: { nodes, edges }, fullLayoutNext: true });
        // Bounded: a layout that never ends (a renderer stuck in a software GL) is reported, not waited for.
        while (!performance.getEntriesByName('liaison:layout-done').length || liaison.cy!.nodes().length !== nodeCount) {
          if (performance.now() - start > deadlineMs) throw new Error(`not laid out after ${deadlineMs / 1000} s`);
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
        // One more frame: the drawing of the laid-out graph.
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        const renderer_ = (liaison.cy as unknown as { renderer(): { webgl?: boolean } }).renderer();
        return { ms: performance.now() - start, nodes: nodeCount, edges: edgeCount, webgl: Boolean(renderer_.webgl) };
      },
      { renderer, elements, deadlineMs: LAYOUT_DEADLINE_MS },
    );
  } finally {
    await page.close();
  }
}

async function main(): Promise<void> {
  const app = await benchApp();
  const browser = await launch();
  try {
    const draws = [];
    for (let run = 0; run < RUNS; run += 1) draws.push(await firstDraw(browser, app.url));
    const readable = [];
    for (let run = 0; run < RUNS; run += 1) readable.push(await firstReadable(browser, app.url));
    console.log(
      `first draw (laid out) runs: ${draws.map((draw) => round(draw.laidOut)).join(', ')} ms; first readable (cards/labels): ${readable.map((run) => `${round(run.cards)}/${round(run.labels)}`).join(', ')} ms`,
    );
    const expandRuns = await expandLatency(browser, app.url);
    console.log(`expand (placed/in context) runs: ${expandRuns.map((run) => `${round(run.placed)}/${round(run.inContext)}`).join(', ')} ms`);
    const expands = expandRuns.map((run) => run.placed);
    const inContext = expandRuns.map((run) => run.inContext);
    const maps = [];
    for (let run = 0; run < RUNS; run += 1) maps.push(await mapDraw(browser, app.url));
    console.log(`map (first/redraw) runs: ${maps.map((map) => `${round(map.firstMs)}/${round(map.redrawMs)}`).join(', ')} ms`);
    const canvasPlay = await playStep(browser, app.url, false);
    console.log(`play step, canvas runs: ${canvasPlay.runs.map(round).join(', ')} ms`);
    const mapPlay = await playStep(browser, app.url, true);
    console.log(`play step, with the map runs: ${mapPlay.runs.map(round).join(', ')} ms`);
    const layouts: { renderer: string; elements: number; nodes: number; edges: number; ms: number | null; runs: number[] }[] = [];
    for (const renderer of ['canvas', 'webgl'] as const) {
      for (const elements of ELEMENT_COUNTS) {
        const runs: number[] = [];
        let shape = { nodes: 0, edges: 0 };
        for (let run = 0; run < RUNS; run += 1) {
          // A renderer that crashes the page (WebGL in a software GL, at 5,000 elements) is reported as
          // such, and the figures already measured are still printed.
          const result = await layoutTime(browser, app.url, renderer, elements).catch((error: unknown) => {
            console.log(`${renderer} ${elements}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
            return null;
          });
          if (!result) break;
          if (renderer === 'webgl' && !result.webgl) break;
          runs.push(result.ms);
          shape = { nodes: result.nodes, edges: result.edges };
        }
        layouts.push({ renderer, elements, ...shape, ms: runs.length ? round(median(runs)) : null, runs: runs.map(round) });
        console.log(`${renderer} ${elements} elements: draw+layout runs ${runs.map(round).join(', ') || 'none'} ms`);
      }
    }
    const report = {
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model ?? 'unknown', memoryGb: Math.round(os.totalmem() / 2 ** 30) },
      browser: `Chromium ${browser.version()} headless`,
      firstDraw: {
        nodes: draws[0]?.nodes,
        readyMs: round(median(draws.map((draw) => draw.ready))),
        laidOutMs: round(median(draws.map((draw) => draw.laidOut))),
        runs: draws.map((draw) => round(draw.laidOut)),
      },
      firstReadable: {
        startCardsMs: round(median(readable.map((run) => run.cards))),
        labelledOverviewMs: round(median(readable.map((run) => run.labels))),
        runs: readable.map((run) => ({ cards: round(run.cards), labels: round(run.labels) })),
      },
      expand: { medianMs: round(median(expands)), maxMs: round(Math.max(...expands)), runs: expands.map(round) },
      expandInContext: { medianMs: round(median(inContext)), maxMs: round(Math.max(...inContext)), runs: inContext.map(round) },
      map: {
        countries: maps[0]?.countries,
        firstDrawMs: round(median(maps.map((map) => map.firstMs))),
        redrawMs: round(median(maps.map((map) => map.redrawMs))),
        runs: maps.map((map) => ({ first: round(map.firstMs), redraw: round(map.redrawMs) })),
      },
      playStep: {
        canvas: {
          nodes: canvasPlay.nodes,
          medianMs: round(median(canvasPlay.runs)),
          maxMs: round(Math.max(...canvasPlay.runs)),
          runs: canvasPlay.runs.map(round),
        },
        map: { medianMs: round(median(mapPlay.runs)), maxMs: round(Math.max(...mapPlay.runs)), runs: mapPlay.runs.map(round) },
      },
      layout: layouts,
    };
    mkdirSync(path.join(root, '.artifacts'), { recursive: true });
    writeFileSync(path.join(root, '.artifacts/bench-web.json'), `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nLiaison web benchmark — ${report.browser}, ${report.machine.cpus} × ${report.machine.model}`);
    console.log(
      `first draw of the seeded graph (${report.firstDraw.nodes} nodes): ready ${report.firstDraw.readyMs} ms, laid out ${report.firstDraw.laidOutMs} ms (median of ${RUNS})`,
    );
    console.log(
      `first readable screen at 1280×720: start cards ${report.firstReadable.startCardsMs} ms, labelled overview ${report.firstReadable.labelledOverviewMs} ms (median of ${RUNS})`,
    );
    console.log(`expand (limit 25, locked layout): median ${report.expand.medianMs} ms, max ${report.expand.maxMs} ms over ${expands.length} hubs`);
    console.log(
      `expand in context (until gathered and framed): median ${report.expandInContext.medianMs} ms, max ${report.expandInContext.maxMs} ms over ${inContext.length} hubs`,
    );
    console.log(
      `map (${report.map.countries} countries): first draw ${report.map.firstDrawMs} ms (click → coloured, median of ${RUNS}), redraw for another year ${report.map.redrawMs} ms`,
    );
    console.log(
      `play step (one year): canvas (${report.playStep.canvas.nodes} nodes) median ${report.playStep.canvas.medianMs} ms, max ${report.playStep.canvas.maxMs} ms; with the map median ${report.playStep.map.medianMs} ms, max ${report.playStep.map.maxMs} ms`,
    );
    console.log('\nrenderer  elements  nodes  edges  draw+layout (median ms)');
    for (const row of layouts) {
      console.log(
        `${row.renderer.padEnd(9)} ${String(row.elements).padStart(8)} ${String(row.nodes).padStart(6)} ${String(row.edges).padStart(6)}  ${row.ms === null ? 'unavailable (no WebGL2 in this Chromium)' : String(row.ms).padStart(6)}`,
      );
    }
    console.log('\nwritten to .artifacts/bench-web.json');
  } finally {
    await browser.close();
    await app.stop();
  }
}

await main();
