import { describe, expect, it } from 'vitest';
import { Gazetteer, type GazetteerEntity } from '../../api/src/ingest/gazetteer.js';
import { factsOf } from '../support/ingest-text.js';

/**
 * Members a report enumerates (issue 16, r16b): after "the member States of X", the countries
 * listed as their representatives or delegations are members of X. Fictional sentences and
 * entities written for this test.
 */
const ENTITIES: GazetteerEntity[] = [
  {
    id: 'lakes-community',
    label: 'Actor',
    names: ['Communauté des Lacs', 'Lakes Community'],
    acronyms: ['CDL', 'LC'],
    kind: 'intergovernmental organisation',
  },
  { id: 'coe', label: 'Actor', names: ['Council of Europe', "Conseil de l'Europe"], acronyms: [], kind: 'intergovernmental organisation' },
  { id: 'KE', label: 'Country', names: ['Kenya'], acronyms: [] },
  { id: 'UG', label: 'Country', names: ['Ouganda', 'Uganda'], acronyms: [] },
  { id: 'TZ', label: 'Country', names: ['Tanzanie', 'Tanzania'], acronyms: [] },
  { id: 'RW', label: 'Country', names: ['Rwanda'], acronyms: [] },
];
const gazetteer = new Gazetteer(ENTITIES);
const members = (facts: string[]) => facts.filter((fact) => fact.includes('|MEMBER_OF|')).sort();

describe('members enumerated after "the member States of X"', () => {
  it('reads each country the representatives of which are listed (fr, en)', () => {
    const fr = factsOf(
      gazetteer,
      [
        "Les ministres des États membres de la Communauté des Lacs se réunissent chaque année. La réunion de 2019, à laquelle participaient des représentants du Kenya, de l'Ouganda, du Rwanda et de la Tanzanie, a adopté un plan commun.",
      ],
      'fr',
    );
    const expected = ['KE|MEMBER_OF|lakes-community', 'RW|MEMBER_OF|lakes-community', 'TZ|MEMBER_OF|lakes-community', 'UG|MEMBER_OF|lakes-community'];
    expect(members(fr)).toEqual(expected);
    const en = factsOf(
      gazetteer,
      [
        'The ministers of the member States of the Lakes Community meet every year. The 2019 meeting, attended by representatives of Kenya, Uganda, Rwanda and Tanzania, adopted a joint plan.',
      ],
      'en',
    );
    expect(members(en)).toEqual(expected);
  });

  it('reads no membership from countries called upon, nor from two countries in passing', () => {
    const fr = factsOf(
      gazetteer,
      [
        "La Convention est ratifiée par 40 États membres du Conseil de l'Europe. Le Secrétaire général a appelé le Kenya, l'Ouganda et la Tanzanie à la signer. Des représentants du Kenya et du Rwanda étaient présents.",
      ],
      'fr',
    );
    expect(members(fr)).toEqual([]);
    const en = factsOf(
      gazetteer,
      [
        'The Convention is ratified by 40 member States of the Council of Europe. The Secretary General called on Kenya, Uganda and Tanzania to sign it.',
      ],
      'en',
    );
    expect(members(en)).toEqual([]);
  });
});
