import { describe, expect, it } from 'vitest';
import { foldText } from '../../api/src/explore/lucene.js';
import type { GraphNode } from '../../api/src/seed/validate.js';
import { exploreContext, qs } from './explore/setup.js';

const ctx = exploreContext();

const aliases = (node: GraphNode) => (node.properties.aliases as string[] | undefined) ?? [];
const names = (node: GraphNode) => [node.properties.name_en, node.properties.name_fr].filter((name): name is string => typeof name === 'string');

/** The seed node that lists both acronyms among its aliases (UNODC/ONUDC in the repository seed). */
function nodeWithAliases(...wanted: string[]): GraphNode {
  const node = ctx.seed.graph.nodes.find((candidate) => wanted.every((alias) => aliases(candidate).includes(alias)));
  if (!node) throw new Error(`no seed node has the aliases ${wanted.join(', ')}`);
  return node;
}

async function search(params: Record<string, string | number | undefined>) {
  const response = await ctx.get(`/api/search?${qs(params)}`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body.results as { id: string; labels: string[]; name_en: string | null; name_fr: string | null; score: number }[];
}

describe('GET /api/search', () => {
  it('finds an organisation by its acronym in either language and in any case', async () => {
    const unodc = nodeWithAliases('UNODC', 'ONUDC');
    for (const q of ['onudc', 'ONUDC', 'UNODC', 'unodc']) {
      const results = await search({ q });
      expect(results[0]?.id, q).toBe(unodc.id);
      expect(results[0]).toMatchObject({ labels: [unodc.label], name_en: unodc.properties.name_en, name_fr: unodc.properties.name_fr ?? null });
    }
  });

  it('ignores accents: the folded name finds the accented one', async () => {
    const accented = ctx.seed.graph.nodes.find(
      (node) => node.label === 'Country' && names(node).some((name) => foldText(name) !== name.toLowerCase()),
    )!;
    const name = names(accented).find((candidate) => foldText(candidate) !== candidate.toLowerCase())!;
    const results = await search({ q: foldText(name), labels: 'Country' });
    expect(results.map((result) => result.id)).toContain(accented.id);
  });

  it('completes prefixes (typeahead)', async () => {
    const unodc = nodeWithAliases('UNODC', 'ONUDC');
    const words = String(unodc.properties.name_en).split(' ');
    const typed = [...words.slice(0, -1), words.at(-1)!.slice(0, 3)].join(' ');
    const results = await search({ q: typed, limit: 50 });
    expect(results.map((result) => result.id)).toContain(unodc.id);
  });

  it('tolerates one typo in a word of four letters or more', async () => {
    const unodc = nodeWithAliases('UNODC', 'ONUDC');
    const word = String(unodc.properties.name_en)
      .split(' ')
      .find((candidate) => candidate.length >= 6)!;
    const typo = word.slice(0, 2) + word.slice(3); // one letter dropped
    const results = await search({ q: typo, limit: 50 });
    expect(results.map((result) => result.id)).toContain(unodc.id);
  });

  it('ranks an exact acronym or alias first, above names that merely contain it', async () => {
    const exact = ctx.seed.graph.nodes.filter((node) => aliases(node).includes('OSCE'));
    const containing = ctx.seed.graph.nodes.filter((node) => names(node).some((name) => name.includes('OSCE')));
    expect(containing.length).toBeGreaterThan(exact.length);
    const results = await search({ q: 'osce', limit: 20 });
    expect(exact.map((node) => node.id)).toContain(results[0]?.id);
  });

  it('ranks an exact id first even when the tokenizer splits it', async () => {
    const instrument = ctx.seed.graph.nodes.find((node) => node.label === 'Instrument' && /-\d+$/.test(node.id))!;
    const results = await search({ q: instrument.id });
    expect(results[0]?.id).toBe(instrument.id);
    expect(results[0]!.score).toBeGreaterThan(results[1]?.score ?? 0);
  });

  it('returns results in decreasing score order', async () => {
    const results = await search({ q: 'trafficking', limit: 50 });
    expect(results.length).toBeGreaterThan(5);
    const scores = results.map((result) => result.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('filters by label and respects the limit', async () => {
    const results = await search({ q: 'europe', labels: 'Instrument,Actor', limit: 4 });
    expect(results.length).toBe(4);
    for (const result of results) expect(['Instrument', 'Actor']).toContain(result.labels[0]);
    const [{ count }] = (await ctx.cypher(
      "CALL db.index.fulltext.queryNodes('entity_names', 'europe') YIELD node WHERE node:Topic RETURN count(node) AS count",
    )) as [{ count: number }];
    const topics = await search({ q: 'europe', labels: 'Topic', limit: 50 });
    expect(topics.length).toBe(Math.min(count, 50));
    for (const result of topics) expect(result.labels).toEqual(['Topic']);
  });

  it('never returns the technical :View nodes', async () => {
    const [view] = await ctx.cypher('MATCH (v:View) RETURN v.title_en AS title LIMIT 1');
    expect(view).toBeDefined();
    const results = await search({ q: String(view!.title), limit: 50 });
    for (const result of results) expect(ctx.seed.nodes.has(result.id)).toBe(true);
  });

  it('treats Lucene syntax in user text as plain text', async () => {
    for (const q of ['"', '(UNODC', 'unodc AND (', 'a:b OR c~2 ^3', '*', 'ONU/DC', '\\', '[x TO y]', '&& || !', "l'Europe", 'C++']) {
      const response = await ctx.get(`/api/search?${qs({ q })}`);
      expect(response.status, q).toBe(200);
      expect(Array.isArray(response.body.results)).toBe(true);
    }
  });

  it('refuses bad input with 400 naming the field', async () => {
    const cases: [string, string][] = [
      ['', 'q'],
      ['q=', 'q'],
      [`q=${'x'.repeat(201)}`, 'q'],
      ['q=coe&limit=0', 'limit'],
      ['q=coe&limit=51', 'limit'],
      ['q=coe&limit=ten', 'limit'],
      ['q=coe&labels=Spaceship', 'labels.0'],
      ['q=coe&colour=blue', 'colour'],
      ['q[a]=b', 'q'],
    ];
    for (const [query, field] of cases) {
      const response = await ctx.get(`/api/search?${query}`);
      expect(response.status, query).toBe(400);
      expect(response.body.error, query).toMatchObject({ code: 'BAD_REQUEST', field });
    }
  });
});
