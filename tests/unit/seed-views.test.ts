import { describe, expect, it } from 'vitest';
import { viewsFileSchema, readViews, viewNodeIds } from '../../api/src/seed/views.js';
import { seedGraph } from '../support/db.js';

describe('seed/views.json', () => {
  const views = readViews();
  const nodes = new Set(seedGraph().nodes.map((node) => node.id));

  it('holds at least five valid views', () => {
    expect(views.length).toBeGreaterThanOrEqual(5);
  });

  it('names only nodes the seed graph holds', () => {
    for (const view of views) for (const id of viewNodeIds(view)) expect(nodes.has(id), `${view.id} → ${id}`).toBe(true);
  });

  it('covers the themes trainers asked for', () => {
    const mentioned = (id: string) => views.some((view) => viewNodeIds(view).includes(id));
    // CETS 197 monitoring, CoE–OSCE, the OSCE Alliance, ICAT 2010, the Southern Mediterranean.
    for (const id of ['greta', 'coe-cop', 'osce', 'osce-alliance', 'icat', 'prog-south-programme-iv']) expect(mentioned(id), id).toBe(true);
  });

  it('refuses a spec the API would refuse, raw Cypher and duplicate ids', () => {
    const base = views[0]!;
    const cases = [
      { ...base, spec: { query: 'cypher', params: { text: 'MATCH (n) DETACH DELETE n' } } },
      { ...base, spec: { query: 'expand', params: { ids: ['coe'], depth: 9 } } },
      { ...base, spec: { query: 'expand', params: { ids: ['coe'], cypher: 'RETURN 1' } } },
      { ...base, title_fr: '' },
    ];
    for (const view of cases) expect(viewsFileSchema.safeParse({ views: [view] }).success, JSON.stringify(view.spec)).toBe(false);
    expect(viewsFileSchema.safeParse({ views: [base, base] }).success).toBe(false);
  });
});
