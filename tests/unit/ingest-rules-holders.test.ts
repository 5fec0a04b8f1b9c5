import { describe, expect, it } from 'vitest';
import { Gazetteer, type GazetteerEntity } from '../../api/src/ingest/gazetteer.js';
import { factsOf } from '../support/ingest-text.js';

/**
 * The body a sentence says held its meetings or was founded (issue 16, r16b): it took part in the
 * events the sentence dates. Fictional sentences and entities written for this test.
 */
const event = (id: string, kind: string, start: string): GazetteerEntity => ({ id, label: 'Event', names: [], acronyms: [], kind, start, end: null });
const ENTITIES: GazetteerEntity[] = [
  { id: 'network', label: 'Actor', names: ['Réseau des procureurs du Danube', 'Danube Prosecutors Network'], acronyms: [], kind: 'network' },
  { id: 'city-graz', label: 'City', names: ['Graz'], acronyms: [] },
  { id: 'city-plovdiv', label: 'City', names: ['Plovdiv'], acronyms: [] },
  event('ev-network-founding', 'other', '2001-03'),
  event('ev-network-meeting-2003', 'meeting', '2003'),
];
const gazetteer = new Gazetteer(ENTITIES);
const participated = (facts: string[]) => facts.filter((fact) => fact.includes('|PARTICIPATED_IN|')).sort();
const expected = ['network|PARTICIPATED_IN|ev-network-founding', 'network|PARTICIPATED_IN|ev-network-meeting-2003'];

describe('a body that held its meetings or was founded', () => {
  it('took part in the events the sentence dates (fr, en)', () => {
    const fr = factsOf(gazetteer, ['Le Réseau des procureurs du Danube, créé à Plovdiv en mars 2001, a tenu une réunion à Graz en 2003.'], 'fr');
    expect(participated(fr)).toEqual(expected);
    const en = factsOf(gazetteer, ['The Danube Prosecutors Network, established in Plovdiv in March 2001, held a meeting in Graz in 2003.'], 'en');
    expect(participated(en)).toEqual(expected);
  });
});
