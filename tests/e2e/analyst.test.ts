import Graph from 'graphology';
import betweenness from 'graphology-metrics/centrality/betweenness';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appState,
  canvasState,
  openExplorer,
  pickFromSearch,
  screenshot,
  startExplorer,
  waitForLayout,
  poll,
  type Explorer,
} from './explorer-app.js';

let explorer: Explorer;
let page: Page;
let errors: string[] = [];

type ApiNode = { id: string; labels: string[]; properties: Record<string, unknown> };
type ApiEdge = { id: string; type: string; source: string; target: string; properties: Record<string, unknown> };

beforeAll(async () => {
  explorer = await startExplorer();
  ({ page, errors } = await openExplorer(explorer, '/?lang=en'));
});

afterAll(async () => {
  await explorer?.stop();
});

/** Expands the focused node through the guarded expand form. */
async function expandFocused(options: { types?: string[]; direction?: string; limit?: number }): Promise<void> {
  const form = page.locator('[data-testid=expand-form]');
  await form.waitFor();
  if (options.types) {
    await form.getByRole('button', { name: 'None' }).click();
    for (const type of options.types) await form.locator(`li[data-type="${type}"] input`).check();
  }
  if (options.direction) await page.selectOption('[data-testid=expand-direction]', options.direction);
  if (options.limit) await page.fill('[data-testid=expand-limit]', String(options.limit));
  const before = (await appState(page, (state) => state.history.length)) as number;
  await page.click('[data-testid=expand-run]');
  await poll(() => appState(page, (state) => state.history.length)).toBe(before + 1);
  await waitForLayout(page);
}

/**
 * A toolbar control (CSS selector inside the toolbar), from the More menu when it did not fit on the
 * row: beside the details panel the toolbar keeps one row and moves its last groups there.
 */
async function toolbarControl(selector: string) {
  const control = page.locator(`[data-testid=toolbar] ${selector}`);
  if ((await control.count()) === 0) await page.click('[data-testid=toolbar-more]');
  await control.waitFor();
  return control;
}

/** Opens the tools sidebar when it is folded into its rail (below 1600 px beside the details panel). */
async function showTools(): Promise<void> {
  const toggle = page.locator('[data-testid=sidebar-toggle]');
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  await page.locator('[data-testid=sidebar] .legend').waitFor({ state: 'visible' });
}

/** Waits until the canvas has gathered `count` neighbours around an expanded node (expand in context). */
async function gathered(count: number): Promise<void> {
  await waitForLayout(page);
  await poll(() => page.locator('[data-testid=graph-canvas]').getAttribute('data-gathered')).toBe(String(count));
}

// Generous: each story waits on a real server and layout, on a 2-core machine shared by several runs.
describe('analyst stories', { timeout: 240_000 }, () => {
  it('types "onudc" and picks UNODC from the typeahead', async () => {
    // Start from an empty canvas, as after "Clear the canvas".
    await (await toolbarControl('button[aria-label="Clear the canvas"]')).click();
    await poll(async () => (await canvasState(page)).nodes.length).toBe(0);

    const api = await explorer.api('/api/search?q=onudc&limit=10');
    const expected = (api.body.results as { id: string }[]).map((result) => result.id);
    expect(expected).toContain('unodc');
    await page.fill('#main-search', 'onudc');
    await expect
      .poll(() =>
        page.locator('[data-testid=search-main-search] li[data-id]').evaluateAll((items) => items.map((item) => item.getAttribute('data-id'))),
      )
      .toEqual(expected);
    await page.locator('[data-testid=search-main-search] li[data-id=unodc]').click();

    await poll(async () => (await canvasState(page)).nodes).toEqual(['unodc']);
    await poll(() => page.locator('[data-testid=details] [data-node]').getAttribute('data-node')).toBe('unodc');
    expect((await canvasState(page)).selected).toEqual(['unodc']);
  });

  it('expands UNODC with chosen types and direction, and is told "and N more"', async () => {
    const details = (await explorer.api('/api/nodes/unodc')).body as { degree: { byType: { type: string; direction: string; count: number }[] } };
    // The form lists the node's relationship types with the counts the API gives.
    const byType = new Map<string, number>();
    for (const entry of details.degree.byType) byType.set(entry.type, (byType.get(entry.type) ?? 0) + entry.count);
    const listed = await page
      .locator('[data-testid=expand-form] li[data-type]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-type')));
    expect(new Set(listed)).toEqual(new Set(byType.keys()));

    const types = [...byType.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([type]) => type);
    const limit = 2;
    await expandFocused({ types, direction: 'both', limit });

    const expected = await explorer.api(`/api/expand?ids=unodc&types=${types.join(',')}&direction=both&limit=${limit}`);
    const expectedNodes = (expected.body.nodes as ApiNode[]).map((node) => node.id).sort();
    expect((await canvasState(page)).nodes).toEqual(expectedNodes);
    const omitted = expected.body.omitted.total as number;
    expect(omitted).toBeGreaterThan(0);
    expect(await page.locator('[data-testid=notice-more]').getAttribute('data-omitted')).toBe(String(omitted));
    expect(await page.locator('[data-testid=notice-more]').textContent()).toBe(`and ${omitted} more`);
    await screenshot(page, 'analyst-expand-unodc.png');
  });

  it('expands an event in context: its neighbours gather around it, pinned and unrelated nodes do not move; undo puts all back', async () => {
    // Make the canvas busier first (all of UNODC's neighbours, gathered around it), then find an event
    // with new neighbours and at least one neighbour already drawn.
    const steps = (await appState(page, (state) => state.history.length)) as number;
    await page.locator('[data-testid=notice] button', { hasText: 'Show more' }).click();
    await poll(() => appState(page, (state) => state.history.length)).toBe(steps + 1);
    const shown = (await appState(page, (state) => state.scene.notice)) as { added: number; already: number };
    await gathered(shown.added + shown.already);
    const before = await canvasState(page);
    const graph = (await explorer.api('/api/graph')).body as { nodes: ApiNode[] };
    const events = new Set(graph.nodes.filter((node) => node.labels.includes('Event')).map((node) => node.id));
    let event = '';
    let expansion: ApiNode[] = [];
    for (const id of before.nodes.filter((node) => node.startsWith('event-') || events.has(node))) {
      const result = await explorer.api(`/api/expand?ids=${id}&limit=25`);
      const nodes = result.body.nodes as ApiNode[];
      const fresh = nodes.filter((node) => !before.nodes.includes(node.id));
      const drawn = nodes.filter((node) => node.id !== id && before.nodes.includes(node.id));
      if (fresh.length > 0 && drawn.length > 0) {
        event = id;
        expansion = nodes;
        break;
      }
    }
    expect(event).not.toBe('');
    const neighbours = expansion.map((node) => node.id).filter((id) => id !== event);
    const drawnNeighbours = neighbours.filter((id) => before.nodes.includes(id));

    // Pin one drawn neighbour (selected, then the toolbar's Pin): it must stay where it is.
    const pinnedOne = drawnNeighbours[0]!;
    await page.evaluate((id) => window.__liaison!.cy!.getElementById(id).select(), pinnedOne);
    await poll(() => appState(page, (state) => state.selection.nodes)).toEqual([pinnedOne]);
    await (await toolbarControl('[data-testid=pin]')).click();
    await poll(() => appState(page, (state) => state.pinned)).toEqual([pinnedOne]);
    await page.evaluate(() => window.__liaison!.cy!.$(':selected').unselect());

    const name = ((await explorer.api(`/api/nodes/${event}`)).body.node.properties.name_en as string).split(' ').slice(0, 5).join(' ');
    await pickFromSearch(page, 'main-search', name, event);
    await poll(() => page.locator('[data-testid=details] [data-node]').getAttribute('data-node')).toBe(event);
    await expandFocused({});
    // Every neighbour but the pinned one is gathered.
    await gathered(neighbours.length - 1);

    const after = await canvasState(page);
    expect(after.nodes).toEqual([...new Set([...before.nodes, ...expansion.map((node) => node.id)])].sort());
    expect(after.nodes.length).toBeGreaterThan(before.nodes.length);
    const notice = page.locator('[data-testid=notice-added]');
    expect(Number(await notice.getAttribute('data-already'))).toBe(drawnNeighbours.length);
    expect(Number(await notice.getAttribute('data-added'))).toBe(neighbours.length - drawnNeighbours.length);
    // Nodes that are not the event's neighbours (the event itself too) and the pinned node did not move.
    const related = new Set(neighbours);
    for (const id of before.nodes) if (!related.has(id) || id === pinnedOne) expect(after.positions[id], id).toEqual(before.positions[id]);
    // The other neighbours, drawn before or new, stand on rings around the event (110 + 70 per ring; a ring holds at least 9).
    const centre = after.positions[event]!;
    const rings = Math.ceil((neighbours.length - 1) / 9);
    for (const id of neighbours)
      if (id !== pinnedOne)
        expect(Math.hypot(after.positions[id]!.x - centre.x, after.positions[id]!.y - centre.y), id).toBeLessThanOrEqual(110 + 70 * rings + 1);

    await page.click('[data-testid=undo]');
    await poll(async () => (await canvasState(page)).nodes).toEqual(before.nodes);
    const undone = await canvasState(page);
    for (const id of before.nodes) expect(undone.positions[id], id).toEqual(before.positions[id]);
    await page.click('[data-testid=redo]');
    await poll(async () => (await canvasState(page)).nodes).toEqual(after.nodes);
    // Unpin for the stories that follow (the event picked from the search is selected too: only the pinned one).
    await page.evaluate((id) => {
      const cy = window.__liaison!.cy!;
      cy.$(':selected').unselect();
      cy.getElementById(id).select();
    }, pinnedOne);
    await poll(() => appState(page, (state) => state.selection.nodes)).toEqual([pinnedOne]);
    await (await toolbarControl('[data-testid=pin]')).click();
    await poll(() => appState(page, (state) => state.pinned)).toEqual([]);
  });

  it('narrows to 2014–2017 with the time slider and plays the years', async () => {
    await (await toolbarControl('button[aria-label="Back to the documents overview"]')).click();
    const graph = (await explorer.api('/api/graph')).body as { nodes: ApiNode[] };
    await poll(async () => (await canvasState(page)).nodes.length).toBe(graph.nodes.length);
    await waitForLayout(page);

    // The documented time rules for nodes (cypher/README.md): an event happens from start to end; a
    // programme runs from start to end, open-ended without an end; an instrument exists from its
    // adoption and an organisation from its foundation, onwards; anything else is timeless.
    const years = (node: ApiNode): [number, number] | null => {
      const { start, end, adopted, founded } = node.properties as Record<string, string | undefined>;
      const year = (value: string | undefined) => (typeof value === 'string' ? Number(value.slice(0, 4)) : null);
      const label = node.labels[0];
      if (label === 'Event' && start) return [year(start)!, year(end ?? start)!];
      if (label === 'Programme' && start) return [year(start)!, year(end) ?? Infinity];
      if (label === 'Instrument' && adopted) return [year(adopted)!, Infinity];
      if (label === 'Actor' && founded) return [year(founded)!, Infinity];
      return null;
    };
    const shownIn = (from: number, to: number) =>
      graph.nodes
        .filter((node) => {
          const span = years(node);
          return !span || (span[1] >= from && span[0] <= to);
        })
        .map((node) => node.id)
        .sort();

    await page.locator('[data-testid=time-from]').fill('2014');
    await page.locator('[data-testid=time-to]').fill('2017');
    await poll(() => page.locator('[data-testid=time-window]').textContent()).toBe('2014 – 2017');
    await poll(async () => (await canvasState(page)).visibleNodes).toEqual(shownIn(2014, 2017));
    expect(shownIn(2014, 2017).length).toBeLessThan(graph.nodes.length);

    // Play: the window grows one year at a time, 2014, 2015, 2016, 2017, then stops.
    const seen: number[] = [];
    const visibleAt = new Map<number, number>();
    await page.click('[data-testid=play]');
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      const year = (await appState(page, (state) => state.playYear)) as number | null;
      if (year !== null && seen.at(-1) !== year) {
        seen.push(year);
        await poll(async () => (await canvasState(page)).visibleNodes).toEqual(shownIn(2014, year));
        visibleAt.set(year, shownIn(2014, year).length);
      }
      if (year === null && seen.length > 0) break;
      await page.waitForTimeout(100);
    }
    expect(seen).toEqual([2014, 2015, 2016, 2017]);
    expect(await page.locator('[data-testid=play]').getAttribute('aria-pressed')).toBe('false');
    expect((await canvasState(page)).visibleNodes).toEqual(shownIn(2014, 2017));
    expect(new URL(page.url()).searchParams.get('from')).toBe('2014');
    expect(new URL(page.url()).searchParams.get('to')).toBe('2017');
    await screenshot(page, 'analyst-time-window.png');
    // Back to every year for the next stories.
    await page.locator('[data-testid=time-from]').fill('1900');
    await page.locator('[data-testid=time-to]').fill('2100');
    await poll(async () => (await canvasState(page)).visibleNodes.length).toBe(graph.nodes.length);
  });

  it('filters events by country and by topic', async () => {
    // Every event of the graph is on the documents overview, so the events left visible must be
    // exactly as many as the timeline counts for that country or topic.
    const graph = (await explorer.api('/api/graph')).body as { nodes: ApiNode[] };
    const events = graph.nodes.filter((node) => node.labels.includes('Event')).map((node) => node.id);
    const visibleEvents = async () => (await canvasState(page)).visibleNodes.filter((id) => events.includes(id)).length;
    const austria = (await explorer.api('/api/timeline?country=AT')).body.total as number;
    expect(austria).toBeGreaterThan(0);
    expect(austria).toBeLessThan(events.length);
    // Beside the details panel the tools are folded into a rail: open them, as a user would.
    await showTools();
    await pickFromSearch(page, 'filter-country', 'austria', 'AT');
    await poll(visibleEvents).toBe(austria);
    expect(new URL(page.url()).searchParams.get('country')).toBe('AT');
    await page.getByRole('button', { name: 'Country: Any' }).click();
    await poll(visibleEvents).toBe(events.length);

    const topic = (await explorer.api('/api/timeline?topic=topic-non-punishment')).body.total as number;
    expect(topic).toBeGreaterThan(0);
    await pickFromSearch(page, 'filter-topic', 'non-punishment', 'topic-non-punishment');
    await poll(visibleEvents).toBe(topic);
    await page.getByRole('button', { name: 'Topic: Any' }).click();
    await poll(visibleEvents).toBe(events.length);
  });

  it('finds how Frontex is connected to GRETA and highlights the paths', async () => {
    await showTools();
    await page.locator('[data-testid=path-finder] summary').click();
    await pickFromSearch(page, 'path-from', 'frontex', 'frontex');
    await pickFromSearch(page, 'path-to', 'greta', 'greta');
    await page.click('[data-testid=path-run]');
    await poll(() => page.locator('[data-testid=notice-paths]').count()).toBe(1);
    await waitForLayout(page);

    const api = await explorer.api('/api/paths/shortest?from=frontex&to=greta&k=3&maxLength=4');
    const paths = api.body.paths as { nodes: string[]; edges: string[]; length: number }[];
    expect(paths.length).toBeGreaterThan(0);
    const expected = [...new Set(paths.flatMap((path) => [...path.nodes, ...path.edges]))].sort();
    await poll(async () => (await canvasState(page)).highlighted).toEqual(expected);
    const shortest = Math.min(...paths.map((path) => path.length));
    expect(await page.locator('[data-testid=notice-paths]').textContent()).toBe(`${paths.length} paths found; the shortest has ${shortest} steps.`);
    await page.waitForTimeout(500);
    await screenshot(page, 'analyst-paths-frontex-greta.png');
  });

  it('clicks an edge and reads its source document, evidence and link', async () => {
    // Pick a document-sourced edge on the path whose midpoint is clear of every other element, once
    // the path finder's own framing animation is over (it would otherwise undo our framing).
    await page.waitForFunction(() => {
      const cy = window.__liaison!.cy!;
      return !cy.animated() && cy.$(':animated').length === 0;
    });
    // Framing an edge moves the view, and the canvas reacts to a move a little later (it re-chooses
    // its captions 120 ms after): a pick is only kept if, once that is over, the view is unchanged
    // and Cytoscape's hit test still finds the edge there.
    let target: { id: string; x: number; y: number } | null = null;
    const tried: string[] = [];
    for (let attempt = 0; attempt < 20 && !target; attempt += 1) {
      const picked = await page.evaluate(async (skip) => {
        const cy = window.__liaison!.cy!;
        const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        for (const edge of cy.edges('.highlighted').toArray()) {
          if (skip.includes(edge.id())) continue;
          cy.fit(edge, 150);
          const framed = { zoom: cy.zoom(), pan: cy.pan() };
          await frame();
          // Anything that moved the view or the graph since (an animation, a late layout) voids the pick.
          if (cy.animated() || cy.zoom() !== framed.zoom || cy.pan().x !== framed.pan.x || cy.pan().y !== framed.pan.y) continue;
          return { id: edge.id(), ...framed };
        }
        return null;
      }, tried);
      if (!picked) break;
      tried.push(picked.id);
      await page.waitForFunction(() => document.querySelector('[data-testid=graph-canvas]')?.getAttribute('data-labels-pending') !== 'true');
      target = await page.evaluate((pick) => {
        const cy = window.__liaison!.cy!;
        if (cy.animated() || cy.zoom() !== pick.zoom || cy.pan().x !== pick.pan.x || cy.pan().y !== pick.pan.y) return null;
        const edge = cy.getElementById(pick.id);
        type HitTest = { findNearestElement(x: number, y: number, interactive: boolean, touch: boolean): unknown };
        const renderer = (cy as unknown as { renderer(): HitTest }).renderer();
        const middle = edge.midpoint();
        // Cytoscape's own hit test, the one a click goes through: is the edge what lies there?
        if (renderer.findNearestElement(middle.x, middle.y, true, false) !== edge) return null;
        const point = edge.renderedMidpoint();
        const rect = cy.container()!.getBoundingClientRect();
        return { id: pick.id, x: rect.left + point.x, y: rect.top + point.y };
      }, picked);
    }
    expect(target).not.toBeNull();
    await page.mouse.click(target!.x, target!.y);
    await poll(() => page.locator('[data-testid=details] [data-edge]').getAttribute('data-edge')).toBe(target!.id);

    const [source] = target!.id.split('|');
    const provenance = (await explorer.api(`/api/nodes/${source}`)).body.provenance as {
      source: { id: string; title: string | null };
      statements: { relationship: string; evidence: string; link: string | null }[];
    }[];
    const entries = provenance.filter((entry) => entry.statements.some((statement) => statement.relationship === target!.id));
    expect(entries.length).toBeGreaterThan(0);
    const shown = page.locator('[data-testid=details] [data-testid=provenance] li.source');
    await poll(() => shown.count()).toBe(entries.length);
    for (const entry of entries) {
      const item = page.locator(`[data-testid=details] li.source[data-source="${entry.source.id}"]`);
      expect(await item.locator('.source-title').textContent()).toBe(entry.source.title ?? entry.source.id);
      const statement = entry.statements.find((candidate) => candidate.relationship === target!.id)!;
      if (statement.evidence) expect(await item.locator('.evidence').first().textContent()).toBe(`« ${statement.evidence} »`);
      if (statement.link) expect(await item.locator('a.passage').first().getAttribute('href')).toBe(statement.link);
    }
    await page.getByRole('button', { name: 'Fit to screen' }).click();
    await page.waitForTimeout(500);
    await screenshot(page, 'analyst-edge-provenance.png');
  });

  it('switches to the cooperation network: sized by centrality, coloured by community, weighted edges', async () => {
    await page.getByRole('button', { name: 'Clear the highlight' }).click();
    await page.click('[data-testid=mode-network]');
    const api = await explorer.api('/api/cooperation?limit=2000');
    const nodes = api.body.nodes as ApiNode[];
    const edges = api.body.edges as ApiEdge[];
    await poll(async () => (await canvasState(page)).nodes).toEqual(nodes.map((node) => node.id).sort());
    expect((await canvasState(page)).edges).toEqual(edges.map((edge) => edge.id).sort());
    await waitForLayout(page);
    // Degree sizes the network by default; betweenness is a click away (and changes the sizes).
    const widths = () =>
      page.evaluate(() =>
        window
          .__liaison!.cy!.nodes()
          .map((node) => node.width())
          .join(','),
      );
    const byDegree = await widths();
    await page.selectOption('[data-testid=metric]', 'betweenness');
    await poll(widths).not.toBe(byDegree);

    const drawn = await page.evaluate(() => {
      const cy = window.__liaison!.cy!;
      return {
        size: Object.fromEntries(cy.nodes().map((node) => [node.id(), node.width()])),
        color: Object.fromEntries(cy.nodes().map((node) => [node.id(), String(node.style('background-color'))])),
        width: Object.fromEntries(cy.edges().map((edge) => [edge.id(), parseFloat(String(edge.style('width')))])),
      };
    });
    // Sizes follow betweenness, computed here independently on the API's network.
    const g = new Graph({ type: 'undirected' });
    for (const node of nodes) g.addNode(node.id);
    for (const edge of edges) if (!g.hasEdge(edge.source, edge.target)) g.addEdge(edge.source, edge.target);
    const between = betweenness(g);
    for (const a of nodes)
      for (const b of nodes) if (between[a.id]! > between[b.id]! + 1e-9) expect(drawn.size[a.id]).toBeGreaterThanOrEqual(drawn.size[b.id]!);
    const sizes = new Set(Object.values(drawn.size));
    expect(sizes.size).toBeGreaterThan(2);
    // Edge widths follow the number of shared events.
    for (const a of edges)
      for (const b of edges)
        if ((a.properties.weight as number) > (b.properties.weight as number)) expect(drawn.width[a.id]).toBeGreaterThan(drawn.width[b.id]!);
    // Colours are per community: every community in the panel is one colour, and they differ.
    const communities = await page.locator('[data-testid=network-panel] li[data-community]').count();
    expect(communities).toBeGreaterThan(1);
    expect(new Set(Object.values(drawn.color)).size).toBeGreaterThan(1);

    // Switching to PageRank changes the sizes.
    await page.selectOption('[data-testid=metric]', 'pagerank');
    await expect
      .poll(() =>
        page.evaluate(() =>
          window
            .__liaison!.cy!.nodes()
            .map((node) => node.width())
            .join(','),
        ),
      )
      .not.toBe(nodes.map((node) => drawn.size[node.id]).join(','));
    await page.selectOption('[data-testid=metric]', 'betweenness');
    await page.waitForTimeout(300);
    await screenshot(page, 'analyst-cooperation-network.png');
    expect(errors).toEqual([]);
  });
});
