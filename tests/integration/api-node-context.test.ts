import { describe, expect, it } from 'vitest';
import { exploreContext } from './explore/setup.js';

const ctx = exploreContext();

/** The best-connected actor, whose neighbours give the drawn set something to hit and miss. */
function hub() {
  return ctx.seed.busiest((node) => node.label === 'Actor');
}

describe('POST /api/nodes/:id/context', () => {
  it('returns the node and exactly its relationships, either way, to the drawn nodes', async () => {
    const node = hub();
    const steps = ctx.seed.around(node.id);
    const neighbours = [...new Set(steps.map((step) => step.other))].filter((id) => id !== node.id);
    // Every other neighbour is drawn, plus nodes that are not neighbours at all.
    const drawnNeighbours = neighbours.filter((_, index) => index % 2 === 0);
    const strangers = [...ctx.seed.nodes.keys()].filter((id) => id !== node.id && !neighbours.includes(id)).slice(0, 20);
    expect(drawnNeighbours.length).toBeGreaterThan(1);
    expect(strangers.length).toBeGreaterThan(0);
    const drawn = [...drawnNeighbours, ...strangers];

    const response = await ctx.post(`/api/nodes/${node.id}/context`, { drawn });
    expect(response.status).toBe(200);
    expect(response.body.nodes).toEqual([{ id: node.id, labels: [node.label], properties: node.properties }]);
    const expected = steps.filter((step) => drawn.includes(step.other)).map((step) => step.rel.id);
    const ids = response.body.edges.map((edge: { id: string }) => edge.id);
    expect([...ids].sort()).toEqual([...new Set(expected)].sort());
    expect(expected.some((id) => steps.find((step) => step.rel.id === id)?.direction === 'in')).toBe(true);
    for (const edge of response.body.edges as { id: string; source: string; target: string; type: string }[]) {
      const rel = steps.find((step) => step.rel.id === edge.id)!.rel;
      expect(edge).toMatchObject({ type: rel.type, source: rel.from, target: rel.to });
    }
  });

  it('returns the node alone when nothing linked to it is drawn', async () => {
    const node = hub();
    const alone = await ctx.post(`/api/nodes/${node.id}/context`, {});
    expect(alone.status).toBe(200);
    expect(alone.body.nodes.map((n: { id: string }) => n.id)).toEqual([node.id]);
    expect(alone.body.edges).toEqual([]);
  });

  it('answers 404 for an unknown node and 400 naming the field for bad input', async () => {
    const missing = await ctx.post('/api/nodes/no-such-node/context', { drawn: [] });
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('NOT_FOUND');
    const badId = await ctx.post(`/api/nodes/${hub().id}/context`, { drawn: ['fine', 'bad id!'] });
    expect(badId.status).toBe(400);
    expect(badId.body.error.field).toBe('drawn.1');
    const notAList = await ctx.post(`/api/nodes/${hub().id}/context`, { drawn: 'coe' });
    expect(notAList.status).toBe(400);
    expect(notAList.body.error.field).toBe('drawn');
    const unknown = await ctx.post(`/api/nodes/${hub().id}/context`, { drawn: [], depth: 2 });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.field).toBe('depth');
  });
});
