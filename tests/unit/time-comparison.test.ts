import { describe, expect, it } from 'vitest';
import { compareStates, compareYears } from '../../web/src/features/timeline/comparison.js';

const node = (id: string, label: string, properties: Record<string, string> = {}) => ({ id, labels: [label], properties });
const edge = (source: string, type: string, target: string, properties: Record<string, string> = {}) => ({
  id: `${source}|${type}|${target}`,
  type,
  source,
  target,
  properties,
});

describe('comparing two years on the canvas', () => {
  const nodes = [node('RU', 'Country'), node('CZ', 'Country'), node('coe', 'Actor'), node('cets-197', 'Instrument', { adopted: '2005-05-03' })];
  const edges = [
    edge('RU', 'MEMBER_OF', 'coe', { start: '1996-02-28', end: '2022-03-16' }),
    edge('CZ', 'PARTY_TO', 'cets-197', { date: '2017-03-29', start: '2017-07-01' }),
    edge('CZ', 'MEMBER_OF', 'coe', { start: '1993-06-30' }),
  ];

  it('marks what began to hold as added and what stopped as removed, whichever year comes first', () => {
    const changes = compareYears(nodes, edges, 2010, 2023);
    expect(Object.fromEntries(changes)).toEqual({ 'RU|MEMBER_OF|coe': 'removed', 'CZ|PARTY_TO|cets-197': 'added' });
    expect(compareYears(nodes, edges, 2023, 2010)).toEqual(changes);
  });

  it('adds the relationships of a node that did not exist yet together with it', () => {
    const changes = compareYears(nodes, edges, 2000, 2021);
    expect(changes.get('cets-197')).toBe('added');
    expect(changes.get('CZ|PARTY_TO|cets-197')).toBe('added');
    expect(changes.has('CZ|MEMBER_OF|coe')).toBe(false);
  });

  it('tells unchanged elements from those absent at both years (not drawn in comparison mode)', () => {
    const states = compareStates(nodes, edges, 2000, 2003);
    expect(states.get('CZ|MEMBER_OF|coe')).toBe('same');
    expect(states.get('cets-197')).toBe('absent');
    expect(states.get('CZ|PARTY_TO|cets-197')).toBe('absent');
    // A computed cooperation link spans its first to its last shared event.
    const link = edge('RU', 'COOPERATED_WITH', 'CZ', { first: '2012', last: '2014' });
    expect(compareStates(nodes, [link], 2010, 2013).get(link.id)).toBe('added');
    expect(compareStates(nodes, [link], 2013, 2020).get(link.id)).toBe('same');
  });
});
