import { describe, expect, it } from 'vitest';
import { exploreContext, qs } from './explore/setup.js';

const ctx = exploreContext();

interface CaptionedNode {
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
  caption?: { en: string; fr: string };
}

const str = (value: unknown) => (typeof value === 'string' && value ? value : undefined);

async function expand(ids: string[]): Promise<CaptionedNode[]> {
  const response = await ctx.get(`/api/expand?${qs({ ids, depth: 1, limit: 500 })}`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.nodes as CaptionedNode[];
}

describe('node captions', () => {
  it('uses the acronym or short name of the language the data holds (UNODC/ONUDC, CETS 197/STCE 197)', async () => {
    const ids = ['unodc', 'greta', 'cets-197', 'icmpd', 'GB'];
    const nodes = await expand(ids);
    for (const id of ids) {
      const node = nodes.find((candidate) => candidate.id === id)!;
      const seed = ctx.seed.nodes.get(id)!.properties;
      // The expected caption is read from the seed: the language's own short form comes first.
      const short = (lang: 'en' | 'fr') =>
        str(seed[`short_name_${lang}`]) ?? str(seed[`acronym_${lang}`]) ?? (lang === 'en' ? str(seed.short_name) : undefined);
      expect(short('en'), id).toBeDefined();
      expect(short('fr'), id).toBeDefined();
      expect(node.caption, id).toEqual({ en: short('en'), fr: short('fr') });
    }
    const unodc = nodes.find((node) => node.id === 'unodc')!;
    expect(unodc.caption!.en).not.toBe(unodc.caption!.fr);
  });

  it('gives every node a caption no longer than its name, and events their curated "kind · place year"', async () => {
    const busiest = ctx.seed.busiest((node) => node.label === 'Actor').id;
    const nodes = await expand([busiest, 'coe', 'osce']);
    expect(nodes.length).toBeGreaterThan(20);
    for (const node of nodes) {
      for (const lang of ['en', 'fr'] as const) {
        const caption = node.caption?.[lang];
        expect(caption, `${node.id} ${lang}`).toBeTruthy();
        const name = str(node.properties[`name_${lang}`]) ?? str(node.properties.name_en) ?? str(node.properties.title) ?? node.id;
        expect(caption!.length, `${node.id} ${lang}: ${caption}`).toBeLessThanOrEqual(name.length);
      }
      if (node.labels.includes('Event')) {
        const seed = ctx.seed.nodes.get(node.id)!.properties;
        expect(node.caption).toEqual({ en: seed.short_name_en, fr: seed.short_name_fr });
        expect(node.caption!.en).toContain(String(seed.start).slice(0, 4));
      }
    }
  });

  it('curates a short caption for every event of the seed, distinct between events', () => {
    const events = ctx.seed.graph.nodes.filter((node) => node.label === 'Event');
    for (const lang of ['en', 'fr']) {
      const captions = events.map((event) => event.properties[`short_name_${lang}`]);
      expect(captions.every((caption) => typeof caption === 'string' && caption.includes(' · '))).toBe(true);
      // Two events with the same caption could not be told apart on the canvas.
      expect(new Set(captions).size, lang).toBe(events.length);
    }
  });

  it('puts the caption on node details, paths and the cooperation network too', async () => {
    const details = await ctx.get('/api/nodes/unodc');
    expect(details.status).toBe(200);
    expect(details.body.node.caption).toEqual({ en: 'UNODC', fr: 'ONUDC' });
    const network = await ctx.get('/api/cooperation?limit=50');
    expect(network.status).toBe(200);
    for (const node of network.body.nodes as CaptionedNode[]) expect(node.caption?.en, node.id).toBeTruthy();
    const paths = await ctx.get(`/api/paths/shortest?${qs({ from: 'unodc', to: 'greta', k: 1 })}`);
    expect(paths.status, JSON.stringify(paths.body)).toBe(200);
    for (const node of paths.body.nodes as CaptionedNode[]) expect(node.caption?.fr, node.id).toBeTruthy();
  });

  it('gives each curated view a one-line summary in both languages for its entry-point card', async () => {
    const response = await ctx.get('/api/views');
    expect(response.status).toBe(200);
    const views = response.body.views as Record<string, string>[];
    expect(views.length).toBeGreaterThan(0);
    for (const view of views)
      for (const key of ['summary_en', 'summary_fr']) {
        expect(view[key], `${view.id} ${key}`).toBeTruthy();
        expect(view[key]!.length).toBeLessThanOrEqual(120);
        expect(view[key]!.length).toBeLessThan(view[key.replace('summary', 'description')]!.length);
      }
  });
});
