import { describe, expect, it } from 'vitest';
import { CLEAN_START, decodeDeepLink, encodeDeepLink, type DeepLink } from '../../web/src/state/deepLink.js';
import { MAX_LINKED_OPS } from '../../web/src/state/linkSchema.js';
import type { Op } from '../../web/src/state/ops.js';

const LINK: DeepLink = {
  lang: 'fr',
  layout: 'time',
  renderer: 'webgl',
  metric: 'pagerank',
  filters: { hiddenLabels: ['Person'], hiddenTypes: ['COOPERATED_WITH'], country: 'AT', topic: 'topic-labour', from: 2012, to: 2019 },
  focus: { kind: 'edge', id: 'rel-greta-monitors-cets-197' },
  present: true,
  step: 3,
  table: true,
  canvas: {
    ops: [
      { kind: 'overview' },
      { kind: 'expand', ids: ['greta'], direction: 'out', depth: 2, limit: 25, types: ['MONITORS'], labels: ['Actor', 'Instrument'], from: '2014' },
      { kind: 'paths', from: 'frontex', to: 'greta', k: 3, maxLength: 4 },
      { kind: 'hide', ids: ['coe'] },
    ],
    positions: { greta: { x: 10.4, y: -20.6 }, frontex: { x: 300, y: 0 } },
    pinned: ['greta'],
    zoom: 1.23456,
    pan: { x: 12.7, y: -3.2 },
  },
};

/** A link whose canvas holds `ops` as given, unchecked (as a hand-edited or foreign link would). */
async function linkWithOps(ops: unknown[]): Promise<string> {
  const params = await encodeDeepLink({ ...LINK, canvas: { ...LINK.canvas!, ops: ops as Op[] } });
  return `?${params.toString()}`;
}

describe('deep links', () => {
  it('reads back what it wrote, with positions and viewport rounded', async () => {
    const params = await encodeDeepLink(LINK);
    const { link, problem } = await decodeDeepLink(`?${params.toString()}`);
    expect(problem).toBeNull();
    expect(link).toEqual({
      ...LINK,
      canvas: { ...LINK.canvas, positions: { greta: { x: 10, y: -21 }, frontex: { x: 300, y: 0 } }, zoom: 1.235, pan: { x: 13, y: -3 } },
    });
  });

  it('ignores parameters it does not know', async () => {
    const { link, problem } = await decodeDeepLink('?lang=en&utm_source=mail');
    expect(problem).toBeNull();
    expect(link.lang).toBe('en');
  });

  it('sets a link with a bad setting aside as a whole, saying which one', async () => {
    for (const [search, field] of [
      ['?layout=spiral&lang=fr', 'layout'],
      ['?from=20x4', 'from'],
      ['?focus=x:greta', 'focus'],
      ['?hideLabels=Actor,Robot', 'hideLabels'],
      ['?lang=de', 'lang'],
    ] as const) {
      const decoded = await decodeDeepLink(search);
      expect(decoded.link, search).toEqual(CLEAN_START);
      expect(decoded.problem, search).toMatch(new RegExp(`^${field}`));
    }
  });

  it('sets aside a canvas that is not a compressed canvas', async () => {
    for (const c of ['not-base64-at-all', 'AAAA', btoa('{"v":1}')]) {
      const decoded = await decodeDeepLink(`?c=${c.replace(/=+$/, '')}`);
      expect(decoded.link).toEqual(CLEAN_START);
      expect(decoded.problem).toMatch(/^c/);
    }
  });

  it('replays no operation of a canvas with a hand-edited one', async () => {
    const bad: unknown[][] = [
      [{ kind: 'overview' }, { kind: 'expand', ids: ['greta'], direction: 'both', depth: 9, limit: 25 }],
      [{ kind: 'add', ids: ['greta; DROP'] }],
      [{ kind: 'drop-database' }],
      [{ kind: 'hide', ids: [] }],
      [{ kind: 'paths', from: 'a', to: 'b', k: 3, maxLength: 4, extra: true }],
      Array.from({ length: MAX_LINKED_OPS + 1 }, () => ({ kind: 'overview' })),
    ];
    for (const ops of bad) {
      const decoded = await decodeDeepLink(await linkWithOps(ops));
      expect(decoded.link, JSON.stringify(ops).slice(0, 80)).toEqual(CLEAN_START);
      expect(decoded.problem).toMatch(/^c\.ops/);
    }
  });
});
