import { describe, expect, it } from 'vitest';
import { Gazetteer, type GazetteerEntity } from '../../api/src/ingest/gazetteer.js';
import { factsOf } from '../support/ingest-text.js';

/**
 * Parts of a body a text states without a verb (issue 16, r16b): an apposition ("Frontex, agence
 * de l'Union européenne") and the bodies listed after "the institutions of X such as". Fictional
 * sentences and entities written for this test.
 */
const ENTITIES: GazetteerEntity[] = [
  { id: 'lakes-union', label: 'Actor', names: ['Union des Lacs', 'Lakes Union'], acronyms: ['UDL', 'LU'], kind: 'intergovernmental organisation' },
  { id: 'portex', label: 'Actor', names: ['Portex'], acronyms: [], kind: 'agency' },
  { id: 'lakes-police-unit', label: 'Actor', names: ['Unité de police des Lacs', 'Lakes Police Unit'], acronyms: [], kind: 'body/organ' },
  { id: 'lakes-gender-office', label: 'Actor', names: ['Bureau de la parité des Lacs', 'Lakes Gender Office'], acronyms: [], kind: 'body/organ' },
  { id: 'city-graz', label: 'City', names: ['Graz'], acronyms: [] },
];
const gazetteer = new Gazetteer(ENTITIES);
const parts = (facts: string[]) => facts.filter((fact) => fact.includes('|PART_OF|')).sort();

describe('parts of a body stated without a verb', () => {
  it('reads an apposition that calls a body an agency of another (fr, en)', () => {
    const fr = factsOf(gazetteer, ["Portex, agence de l'Union des Lacs basée à Graz, coordonne les contrôles."], 'fr');
    expect(parts(fr)).toEqual(['portex|PART_OF|lakes-union']);
    const en = factsOf(gazetteer, ['Portex, an agency of the Lakes Union based in Graz, coordinates the checks.'], 'en');
    expect(parts(en)).toEqual(['portex|PART_OF|lakes-union']);
  });

  it('reads the bodies listed after "the institutions of X such as", past a name the graph lacks (fr, en)', () => {
    const expected = ['lakes-gender-office|PART_OF|lakes-union', 'lakes-police-unit|PART_OF|lakes-union'];
    const fr = factsOf(
      gazetteer,
      [
        "L'équipe réunit des structures et institutions de l'Union des Lacs telles que le Bureau du médiateur, l'Unité de police des Lacs et le Bureau de la parité des Lacs.",
      ],
      'fr',
    );
    expect(parts(fr)).toEqual(expected);
    const en = factsOf(
      gazetteer,
      ['The team brings together bodies of the Lakes Union such as the Ombudsman Office, the Lakes Police Unit and the Lakes Gender Office.'],
      'en',
    );
    expect(parts(en)).toEqual(expected);
  });
});
