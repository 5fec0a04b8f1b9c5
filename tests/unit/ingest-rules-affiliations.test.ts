import { describe, expect, it } from 'vitest';
import { Gazetteer, type GazetteerEntity } from '../../api/src/ingest/gazetteer.js';
import { factsOf } from '../support/ingest-text.js';

/**
 * The bodies a person's title names (issue 16, r16b): every one of them up to the next person or
 * list item. Fictional sentences and entities written for this test.
 */
const ENTITIES: GazetteerEntity[] = [
  { id: 'lakes-institute', label: 'Actor', names: ['Institut des Lacs', 'Lakes Institute'], acronyms: [], kind: 'academic institution' },
  { id: 'university-graz', label: 'Actor', names: ['Université de Graz', 'University of Graz'], acronyms: [], kind: 'academic institution' },
  { id: 'lakes-network', label: 'Actor', names: ['Réseau des Lacs', 'Lakes Network'], acronyms: [], kind: 'network' },
  { id: 'person-jeanne-martin', label: 'Person', names: ['Jeanne Martin'], acronyms: [] },
  { id: 'person-paul-durand', label: 'Person', names: ['Paul Durand'], acronyms: [] },
];
const gazetteer = new Gazetteer(ENTITIES);
const affiliated = (facts: string[]) => facts.filter((fact) => fact.includes('|AFFILIATED_WITH|')).sort();
const expected = [
  'person-jeanne-martin|AFFILIATED_WITH|lakes-institute',
  'person-jeanne-martin|AFFILIATED_WITH|university-graz',
  'person-paul-durand|AFFILIATED_WITH|lakes-network',
];

describe("the bodies a person's title names", () => {
  it('reads each body of the title, and none of the next speaker (fr, en)', () => {
    const fr = factsOf(
      gazetteer,
      ['Les intervenants étaient : • Jeanne Martin, chercheuse, Institut des Lacs, Université de Graz, • Paul Durand, juriste, Réseau des Lacs.'],
      'fr',
    );
    expect(affiliated(fr)).toEqual(expected);
    const en = factsOf(
      gazetteer,
      ['The speakers were: • Jeanne Martin, Researcher, Lakes Institute, University of Graz, • Paul Durand, Lawyer, Lakes Network.'],
      'en',
    );
    expect(affiliated(en)).toEqual(expected);
  });
});
