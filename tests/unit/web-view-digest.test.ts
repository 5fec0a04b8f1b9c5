import { describe, expect, it } from 'vitest';
import { viewDigest } from '../../web/src/features/start/viewDigest.js';

const node = (id: string, label: string, properties: Record<string, unknown> = {}) => ({
  id,
  labels: [label],
  properties,
  caption: { en: id.toUpperCase(), fr: `${id.toUpperCase()}-fr` },
});

describe('view digest for entry-point cards', () => {
  const graph = {
    nodes: [
      node('greta', 'Actor'),
      node('coe', 'Actor'),
      node('osce', 'Actor'),
      node('small', 'Actor'),
      node('cets', 'Instrument'),
      node('meet', 'Event', { start: '2014-06-12' }),
      node('conf', 'Event', { start: '2009-05', end: '2009-06' }),
    ],
    edges: [
      { source: 'greta', target: 'cets', properties: { date: '2019-03-01' } },
      { source: 'greta', target: 'meet', properties: {} },
      { source: 'greta', target: 'conf', properties: {} },
      { source: 'coe', target: 'meet', properties: {} },
      { source: 'coe', target: 'conf', properties: {} },
      { source: 'osce', target: 'meet', properties: {} },
    ],
  };

  it('names the best connected actors and instruments in the language asked, up to the limit', () => {
    expect(viewDigest(graph, 'en').actors.map((entry) => entry.name)).toEqual(['GRETA', 'COE', 'OSCE']);
    expect(viewDigest(graph, 'fr', 2).actors.map((entry) => entry.name)).toEqual(['GRETA-fr', 'COE-fr']);
    expect(viewDigest(graph, 'en').instruments.map((entry) => entry.name)).toEqual(['CETS']);
  });

  it('covers the years of events and dated relationships', () => {
    expect(viewDigest(graph, 'en').years).toEqual({ first: 2009, last: 2019 });
    expect(viewDigest({ nodes: [node('a', 'Actor')], edges: [] }, 'en').years).toBeNull();
  });
});
