import { describe, expect, it } from 'vitest';
import { Gazetteer, type GazetteerEntity } from '../../api/src/ingest/gazetteer.js';
import { factsOf } from '../support/ingest-text.js';

/**
 * The country of a national body whose own name holds it (issue 16, r16b). Fictional sentences
 * and entities written for this test.
 */
const ENTITIES: GazetteerEntity[] = [
  {
    id: 'ke-office',
    label: 'Actor',
    names: ['Bureau de lutte contre la traite du Kenya', 'Anti-Trafficking Office of Kenya'],
    acronyms: [],
    kind: 'national authority',
  },
  {
    id: 'ug-ministry',
    label: 'Actor',
    names: ["Ministère de l'Intérieur de l'Ouganda", 'Ministry of the Interior of Uganda'],
    acronyms: [],
    kind: 'national authority',
  },
  { id: 'lakes-network', label: 'Actor', names: ['Réseau des Lacs du Kenya et de l’Ouganda'], acronyms: [], kind: 'network' },
  { id: 'KE', label: 'Country', names: ['Kenya'], acronyms: [] },
  { id: 'UG', label: 'Country', names: ['Ouganda', 'Uganda'], acronyms: [] },
];
const gazetteer = new Gazetteer(ENTITIES);
const located = (facts: string[]) => facts.filter((fact) => fact.includes('|LOCATED_IN|')).sort();

describe('the country a national body is named after', () => {
  it('reads the country inside the name (fr, en)', () => {
    const fr = factsOf(
      gazetteer,
      ["Le Bureau de lutte contre la traite du Kenya et le Ministère de l'Intérieur de l'Ouganda ont signé un accord."],
      'fr',
    );
    expect(located(fr)).toEqual(['ke-office|LOCATED_IN|KE', 'ug-ministry|LOCATED_IN|UG']);
    const en = factsOf(gazetteer, ['The Anti-Trafficking Office of Kenya and the Ministry of the Interior of Uganda signed an agreement.'], 'en');
    expect(located(en)).toEqual(['ke-office|LOCATED_IN|KE', 'ug-ministry|LOCATED_IN|UG']);
  });

  it('places no international body in the countries its name lists', () => {
    const fr = factsOf(gazetteer, ['Le Réseau des Lacs du Kenya et de l’Ouganda se réunit chaque année.'], 'fr');
    expect(located(fr)).toEqual([]);
  });
});
