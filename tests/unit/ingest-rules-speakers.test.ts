import { describe, expect, it } from 'vitest';
import { Gazetteer, type GazetteerEntity } from '../../api/src/ingest/gazetteer.js';
import { factsOf } from '../support/ingest-text.js';

/**
 * Speakers named as a group ("X, Y et Z ont ouvert le séminaire", issue 16, r16b). Fictional
 * sentences and entities written for this test.
 */
const ENTITIES: GazetteerEntity[] = [
  { id: 'coe', label: 'Actor', names: ["Conseil de l'Europe"], acronyms: [], kind: 'intergovernmental organisation' },
  { id: 'person-jeanne-martin', label: 'Person', names: ['Jeanne Martin'], acronyms: [] },
  { id: 'person-paul-durand', label: 'Person', names: ['Paul Durand'], acronyms: [] },
  { id: 'city-graz', label: 'City', names: ['Graz'], acronyms: [] },
  { id: 'event-graz-seminar', label: 'Event', names: [], acronyms: [], kind: 'seminar', start: '2022-05-03', end: '2022-05-04' },
];
const gazetteer = new Gazetteer(ENTITIES);
const speakers = (facts: string[]) => facts.filter((fact) => fact.includes('|SPOKE_AT|')).sort();

describe('speakers named as a group', () => {
  it('reads every person who "ont ouvert" / "ont souligné" the seminar', () => {
    const fr = factsOf(
      gazetteer,
      [
        "Les 3 et 4 mai 2022, le Conseil de l'Europe a organisé un séminaire à Graz.",
        'Mme Jeanne Martin, juge, et M. Paul Durand, procureur, ont ouvert le séminaire.',
      ],
      'fr',
    );
    expect(speakers(fr)).toEqual(['person-jeanne-martin|SPOKE_AT|event-graz-seminar', 'person-paul-durand|SPOKE_AT|event-graz-seminar']);
    // English verbs have one form for one speaker or several: this already held, and must keep holding.
    const en = factsOf(
      gazetteer,
      ['On 3-4 May 2022 the Council of Europe organised a seminar in Graz.', 'Judge Jeanne Martin and Prosecutor Paul Durand opened the seminar.'],
      'en',
    );
    expect(speakers(en)).toEqual(speakers(fr));
  });
});
