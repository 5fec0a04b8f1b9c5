/**
 * `npm run bench:web`: how fast the explorer draws, in headless Chromium on this machine.
 *   - time to first draw of the seeded graph (page load → documents overview laid out);
 *   - expand latency (request + placement of the new nodes, locked layout of the others);
 *   - draw + layout time of synthetic graphs of 500, 2,000 and 5,000 elements, with the canvas
 *     renderer and with the WebGL renderer.
 * Prints a table and writes .artifacts/bench-web.json. Not a test: it asserts nothing.
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

/** Expand one hub after another: request, new elements, locked incremental layout, next frame. */
async function expandLatency(browser: Browser, url: string): Promise<number[]> {
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
    const result: number[] = [];
    for (const id of hubs) {
      const start = performance.now();
      await liaison.state.perform({ kind: 'expand', ids: [id], direction: 'both', depth: 1, limit: 25 });
      await idle();
      result.push(performance.now() - start);
    }
    return result;
  });
  await page.close();
  return times;
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
      async ({ renderer, elements }) => {
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
        while (!performance.getEntriesByName('liaison:layout-done').length || liaison.cy!.nodes().length !== nodeCount) {
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
        // One more frame: the drawing of the laid-out graph.
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        const renderer_ = (liaison.cy as unknown as { renderer(): { webgl?: boolean } }).renderer();
        return { ms: performance.now() - start, nodes: nodeCount, edges: edgeCount, webgl: Boolean(renderer_.webgl) };
      },
      { renderer, elements },
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
    const expands = await expandLatency(browser, app.url);
    const layouts: { renderer: string; elements: number; nodes: number; edges: number; ms: number | null; runs: number[] }[] = [];
    for (const renderer of ['canvas', 'webgl'] as const) {
      for (const elements of ELEMENT_COUNTS) {
        const runs: number[] = [];
        let shape = { nodes: 0, edges: 0 };
        for (let run = 0; run < RUNS; run += 1) {
          const result = await layoutTime(browser, app.url, renderer, elements);
          if (!result) break;
          if (renderer === 'webgl' && !result.webgl) break;
          runs.push(result.ms);
          shape = { nodes: result.nodes, edges: result.edges };
        }
        layouts.push({ renderer, elements, ...shape, ms: runs.length ? round(median(runs)) : null, runs: runs.map(round) });
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
      expand: { medianMs: round(median(expands)), maxMs: round(Math.max(...expands)), runs: expands.map(round) },
      layout: layouts,
    };
    mkdirSync(path.join(root, '.artifacts'), { recursive: true });
    writeFileSync(path.join(root, '.artifacts/bench-web.json'), `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nLiaison web benchmark — ${report.browser}, ${report.machine.cpus} × ${report.machine.model}`);
    console.log(
      `first draw of the seeded graph (${report.firstDraw.nodes} nodes): ready ${report.firstDraw.readyMs} ms, laid out ${report.firstDraw.laidOutMs} ms (median of ${RUNS})`,
    );
    console.log(`expand (limit 25, locked layout): median ${report.expand.medianMs} ms, max ${report.expand.maxMs} ms over ${expands.length} hubs`);
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
