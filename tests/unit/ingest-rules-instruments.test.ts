import { describe, expect, it } from 'vitest';
import { Gazetteer, type GazetteerEntity } from '../../api/src/ingest/gazetteer.js';
import { factsOf } from '../support/ingest-text.js';

/**
 * Who adopted or wrote an instrument, or held an event, read from the body its name gives it (issue
 * 16, r16b): "la Résolution sur les ports de l'Assemblée des Lacs", "the Joint Study of the Lakes
 * Committee and the University of Graz", "la 12e session de l'Assemblée des Lacs". Fictional
 * sentences and entities written for this test.
 */
const ENTITIES: GazetteerEntity[] = [
  { id: 'lakes-assembly', label: 'Actor', names: ['Assemblée des Lacs', 'Lakes Assembly'], acronyms: [], kind: 'body/organ' },
  { id: 'lakes-committee', label: 'Actor', names: ['Comité des Lacs', 'Lakes Committee'], acronyms: [], kind: 'body/organ' },
  { id: 'university-graz', label: 'Actor', names: ['Université de Graz', 'University of Graz'], acronyms: [], kind: 'academic institution' },
  { id: 'res-lakes', label: 'Instrument', names: ['Résolution sur les ports', 'Resolution on Ports'], acronyms: [], kind: 'resolution' },
  {
    id: 'study-joint',
    label: 'Instrument',
    names: [
      "Étude conjointe du Comité des Lacs et de l'Université de Graz sur les ports",
      'Joint Study of the Lakes Committee and the University of Graz on Ports',
    ],
    acronyms: [],
    kind: 'report',
  },
  {
    id: 'report-committee',
    label: 'Instrument',
    names: ['Rapport sur le Comité des Lacs', 'Report on the Lakes Committee'],
    acronyms: [],
    kind: 'report',
  },
];
const gazetteer = new Gazetteer(ENTITIES);
const authored = (facts: string[]) => facts.filter((fact) => /\|(?:ADOPTED|PRODUCED)\|/.test(fact)).sort();
const expected = ['lakes-assembly|ADOPTED|res-lakes', 'lakes-committee|PRODUCED|study-joint', 'university-graz|PRODUCED|study-joint'];

describe('the bodies an instrument is named after', () => {
  it('adopted a resolution and wrote a study (fr, en)', () => {
    const fr = factsOf(
      gazetteer,
      [
        "Conformément à la Résolution sur les ports de l'Assemblée des Lacs, l'Étude conjointe du Comité des Lacs et de l'Université de Graz sur les ports a paru. Le Rapport sur le Comité des Lacs suivra.",
      ],
      'fr',
    );
    expect(authored(fr)).toEqual(expected);
    const en = factsOf(
      gazetteer,
      [
        'Under the Resolution on Ports of the Lakes Assembly, the Joint Study of the Lakes Committee and the University of Graz on Ports appeared. The Report on the Lakes Committee will follow.',
      ],
      'en',
    );
    expect(authored(en)).toEqual(expected);
  });
});

describe('the body an event is named after', () => {
  const events = new Gazetteer([
    ...ENTITIES,
    {
      id: 'lakes-assembly-session-12',
      label: 'Event',
      names: ["12e session de l'Assemblée des Lacs", '12th Session of the Lakes Assembly'],
      acronyms: [],
      kind: 'session',
      start: '2030-10',
    },
  ]);
  it('held (organised) its session (fr, en)', () => {
    const fr = factsOf(events, ["Le rapport sera examiné lors de la 12e session de l'Assemblée des Lacs."], 'fr');
    expect(fr).toContain('lakes-assembly|ORGANISED|lakes-assembly-session-12');
    const en = factsOf(events, ['The report will be considered at the 12th Session of the Lakes Assembly.'], 'en');
    expect(en).toContain('lakes-assembly|ORGANISED|lakes-assembly-session-12');
  });
});
