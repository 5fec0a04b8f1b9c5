import { describe, expect, it } from 'vitest';
import { passageLink } from '../../api/src/explore/passage.js';
import { countBy, notAfter } from './explore/reference.js';
import { exploreContext, qs } from './explore/setup.js';
import { captionsOf } from '../../api/src/model/caption.js';

const ctx = exploreContext();

/** The node whose relationships cite the most document sources, so provenance has something to show. */
function documentedNode() {
  return ctx.seed.busiest((node) =>
    ctx.seed.around(node.id).some(({ rel }) => (rel.properties.sources as string[]).some((s) => s.startsWith('doc-'))),
  );
}

describe('GET /api/nodes/:id', () => {
  it('returns the node with all its seed properties and labels', async () => {
    const node = documentedNode();
    const response = await ctx.get(`/api/nodes/${node.id}`);
    expect(response.status).toBe(200);
    // The caption is derived from these properties (its rules are tested in api-captions); the rest is the seed as is.
    expect(response.body.node).toEqual({
      id: node.id,
      labels: [node.label],
      properties: node.properties,
      caption: captionsOf(node.id, node.properties),
    });
  });

  it('counts degree per relationship type and direction', async () => {
    for (const node of [documentedNode(), ctx.seed.busiest((n) => n.label === 'Country'), ctx.seed.busiest((n) => n.label === 'Event')]) {
      const { body } = await ctx.get(`/api/nodes/${node.id}`);
      const steps = ctx.seed.around(node.id);
      const expected = countBy(steps, (step) => `${step.rel.type} ${step.direction}`);
      const actual = Object.fromEntries(
        body.degree.byType.map((entry: { type: string; direction: string; count: number }) => [`${entry.type} ${entry.direction}`, entry.count]),
      );
      expect(actual).toEqual(expected);
      expect(body.degree.total).toBe(steps.length);
    }
  });

  it('lists the sources behind its relationships with evidence and a passage link', async () => {
    const node = documentedNode();
    const { body } = await ctx.get(`/api/nodes/${node.id}`);
    const statements = ctx.seed
      .around(node.id)
      .flatMap(({ rel }) =>
        (rel.properties.sources as string[]).map((source, i) => ({ source, rel, evidence: (rel.properties.evidence as string[])[i] ?? '' })),
      );
    const expectedTotals = countBy(statements, (statement) => statement.source);
    const actualTotals = Object.fromEntries(
      body.provenance.map((entry: { source: { id: string }; total: number }) => [entry.source.id, entry.total]),
    );
    expect(actualTotals).toEqual(expectedTotals);

    const document = body.provenance.find((entry: { source: { kind: string } }) => entry.source.kind === 'document');
    expect(document).toBeDefined();
    const sourceNode = ctx.seed.nodes.get(document.source.id)!;
    expect(document.source).toMatchObject({ title: sourceNode.properties.title, url: sourceNode.properties.url ?? null });
    for (const statement of document.statements) {
      const expected = statements.find((s) => s.source === document.source.id && s.rel.id === statement.relationship)!;
      expect(statement.evidence).toBe(expected.evidence);
      expect(statement.evidence.length).toBeGreaterThan(0);
      if (sourceNode.properties.url) {
        expect(statement.link).toBe(passageLink(String(sourceNode.properties.url), expected.evidence));
        expect(statement.link).toContain('#:~:text=');
        expect(decodeURIComponent(statement.link.split('#:~:text=')[1])).toBe(expected.evidence);
      }
    }
  });

  it('links reference facts to their source row', async () => {
    const country = ctx.seed.busiest((n) => n.label === 'Country');
    const { body } = await ctx.get(`/api/nodes/${country.id}`);
    const reference = body.provenance.find((entry: { source: { kind: string } }) => entry.source.kind === 'reference');
    expect(reference).toBeDefined();
    for (const statement of reference.statements) {
      const rel = ctx.seed.around(country.id).find(({ rel }) => rel.id === statement.relationship)!.rel;
      expect(statement.evidence).toBe('');
      expect(statement.link).toBe(rel.properties.source_url ?? null);
    }
  });

  it('answers 404 for an unknown id and 400 for a malformed one or an unknown parameter', async () => {
    const missing = await ctx.get('/api/nodes/no-such-node');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('NOT_FOUND');
    const malformed = await ctx.get(`/api/nodes/${encodeURIComponent('bad id!')}`);
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.field).toBe('id');
    // Malformed percent-encoding is refused for the whole path, before any route reads its id.
    const undecodable = await ctx.get('/api/nodes/%E2%82');
    expect(undecodable.status).toBe(400);
    expect(undecodable.body.error.field).toBe('path');
    const unknown = await ctx.get(`/api/nodes/${documentedNode().id}?expand=1`);
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.field).toBe('expand');
  });
});

describe('GET /api/nodes/:id/timeline', () => {
  /** Activities of a node as the API defines them: linked events, plus dated links to non-events. */
  function activities(id: string, filters: { types?: string[]; from?: string; to?: string } = {}) {
    const result: { date: string; type: string; key: string }[] = [];
    for (const { rel, other } of ctx.seed.around(id)) {
      if (filters.types && !filters.types.includes(rel.type)) continue;
      const otherNode = ctx.seed.nodes.get(other)!;
      if (otherNode.label === 'Event') {
        if (!ctx.seed.eventPasses(other, filters)) continue;
        result.push({ date: String(otherNode.properties.start), type: rel.type, key: other });
      } else {
        const date = (rel.properties.date ?? rel.properties.start) as string | undefined;
        if (!date) continue;
        const end = (rel.properties.end ?? rel.properties.date ?? rel.properties.start) as string;
        if (filters.to && !notAfter(date, filters.to)) continue;
        if (filters.from && !notAfter(filters.from, end)) continue;
        result.push({ date, type: rel.type, key: rel.id });
      }
    }
    return result;
  }

  const activeActor = () => ctx.seed.busiest((node) => node.label === 'Actor' && activities(node.id).length > 0);

  function expectedYears(list: ReturnType<typeof activities>) {
    const byYear = new Map<string, Set<string>>();
    for (const activity of list) byYear.set(activity.date.slice(0, 4), (byYear.get(activity.date.slice(0, 4)) ?? new Set()).add(activity.key));
    return Object.fromEntries([...byYear].map(([year, keys]) => [year, keys.size]));
  }

  it("counts an actor's activities per year, with empty years filled in", async () => {
    const actor = activeActor();
    const { status, body } = await ctx.get(`/api/nodes/${actor.id}/timeline`);
    expect(status).toBe(200);
    const nonEmpty = Object.fromEntries(
      body.buckets.filter((b: { count: number }) => b.count > 0).map((b: { period: string; count: number }) => [b.period, b.count]),
    );
    expect(nonEmpty).toEqual(expectedYears(activities(actor.id)));
    const periods = body.buckets.map((b: { period: string }) => Number(b.period));
    expect(periods).toEqual(periods.map((_: number, i: number) => periods[0] + i));
    expect(body.total).toBe(Object.values(expectedYears(activities(actor.id))).reduce((a, b) => a + b, 0));
  });

  it('splits each period by relationship type and honours the type and time filters', async () => {
    const actor = activeActor();
    const all = activities(actor.id);
    const years = [...new Set(all.map((a) => a.date.slice(0, 4)))].sort();
    const from = years[0]!;
    const to = years[Math.floor(years.length / 2)]!;
    const type = all[0]!.type;
    const { body } = await ctx.get(`/api/nodes/${actor.id}/timeline?${qs({ from, to, types: type })}`);
    const filtered = activities(actor.id, { from, to, types: [type] });
    expect(body.total).toBe(new Set(filtered.map((a) => a.key)).size);
    for (const bucket of body.buckets) {
      expect(bucket.period >= from && bucket.period <= to).toBe(true);
      expect(Object.keys(bucket.byType).every((t) => t === type)).toBe(true);
    }
  });

  it('buckets by month and reports activities dated only to the year as imprecise', async () => {
    const actor = activeActor();
    const { body } = await ctx.get(`/api/nodes/${actor.id}/timeline?granularity=month`);
    const all = activities(actor.id);
    const imprecise = new Set(all.filter((a) => a.date.length < 7).map((a) => a.key)).size;
    expect(body.imprecise).toBe(imprecise);
    for (const bucket of body.buckets) expect(bucket.period).toMatch(/^\d{4}-\d{2}$/);
  });

  it('gives an empty timeline for a node without activity, 404 for an unknown node, 400 for bad input', async () => {
    const quiet = ctx.seed.graph.nodes.find((node) => activities(node.id).length === 0)!;
    const empty = await ctx.get(`/api/nodes/${quiet.id}/timeline`);
    expect(empty.status).toBe(200);
    expect(empty.body).toMatchObject({ id: quiet.id, total: 0, buckets: [] });
    expect((await ctx.get('/api/nodes/no-such-node/timeline')).status).toBe(404);
    for (const [query, field] of [
      ['granularity=week', 'granularity'],
      ['from=2016&to=2014', 'from'],
      ['from=2014-13', 'from'],
      ['types=LIKES', 'types.0'],
      ['country=fr', 'country'],
      ['limit=3', 'limit'],
    ]) {
      const response = await ctx.get(`/api/nodes/${activeActor().id}/timeline?${query}`);
      expect(response.status, query).toBe(400);
      expect(response.body.error.field, query).toBe(field);
    }
  });
});
