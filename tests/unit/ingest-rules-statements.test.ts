import { describe, expect, it } from 'vitest';
import { Gazetteer, type GazetteerEntity } from '../../api/src/ingest/gazetteer.js';
import { factsOf } from '../support/ingest-text.js';

/**
 * How the statement rules read their cues (issue 16, r16b): every cue of a sentence, the organisers
 * named right after the organising verb, members named after "composé de". Fictional sentences
 * and entities written for this test.
 */
const ENTITIES: GazetteerEntity[] = [
  { id: 'coe', label: 'Actor', names: ['Council of Europe', "Conseil de l'Europe"], acronyms: [], kind: 'intergovernmental organisation' },
  {
    id: 'osce',
    label: 'Actor',
    names: ['Organisation pour la sécurité et la coopération en Europe'],
    acronyms: ['OSCE'],
    kind: 'intergovernmental organisation',
  },
  { id: 'lakes-committee', label: 'Actor', names: ['Comité des Lacs', 'Lakes Committee'], acronyms: [], kind: 'body/organ' },
  { id: 'study-north', label: 'Instrument', names: ['Étude sur les routes du nord', 'Study on Northern Routes'], acronyms: [], kind: 'report' },
  { id: 'report-ports', label: 'Instrument', names: ['Rapport sur les ports', 'Report on Ports'], acronyms: [], kind: 'report' },
  { id: 'person-jeanne-martin', label: 'Person', names: ['Jeanne Martin'], acronyms: [] },
  { id: 'person-paul-durand', label: 'Person', names: ['Paul Durand'], acronyms: [] },
  { id: 'city-warsaw', label: 'City', names: ['Varsovie', 'Warsaw'], acronyms: [] },
  {
    id: 'event-warsaw-seminar',
    label: 'Event',
    names: ['Séminaire de Varsovie sur les recruteurs'],
    acronyms: [],
    kind: 'seminar',
    start: '2022-03-03',
  },
];
const gazetteer = new Gazetteer(ENTITIES);

describe('every cue of a sentence', () => {
  it('reads the author after each "préparé par" / "prepared by" of a sentence, not only the first', () => {
    const fr = factsOf(
      gazetteer,
      [
        'Deux rapports rédigés dans le cadre du projet furent présentés : Étude sur les routes du nord, préparée par Jeanne Martin, et Rapport sur les ports, rédigé par Paul Durand.',
      ],
      'fr',
    );
    expect(fr).toEqual(expect.arrayContaining(['person-jeanne-martin|PRODUCED|study-north', 'person-paul-durand|PRODUCED|report-ports']));
    const en = factsOf(
      gazetteer,
      ['Two reports were presented: the Study on Northern Routes, prepared by Jeanne Martin, and the Report on Ports, written by Paul Durand.'],
      'en',
    );
    expect(en).toEqual(expect.arrayContaining(['person-jeanne-martin|PRODUCED|study-north', 'person-paul-durand|PRODUCED|report-ports']));
    expect([...fr, ...en]).not.toContain('person-jeanne-martin|PRODUCED|report-ports');
  });
});

describe('organisers of an event', () => {
  it('takes the subject as an organiser when a later "par" / "by" belongs to the title, not to the verb', () => {
    const fr = factsOf(
      gazetteer,
      [
        "Le 3 mars 2022, le Conseil de l'Europe a organisé conjointement avec l'OSCE un séminaire à Varsovie intitulé « Combattre l'exploitation par le travail ».",
      ],
      'fr',
    );
    expect(fr).toEqual(expect.arrayContaining(['coe|CO_ORGANISED|event-warsaw-seminar', 'osce|CO_ORGANISED|event-warsaw-seminar']));
    const en = factsOf(
      gazetteer,
      ['On 3 March 2022 the Council of Europe organised jointly with the OSCE a seminar in Warsaw entitled "Exploitation by recruiters".'],
      'en',
    );
    expect(en).toEqual(expect.arrayContaining(['coe|CO_ORGANISED|event-warsaw-seminar', 'osce|CO_ORGANISED|event-warsaw-seminar']));
  });
});

describe('members named after "composé de"', () => {
  it('does not read the body that completes another name as a member', () => {
    const fr = factsOf(
      gazetteer,
      ["Le Comité des Lacs, organe politique composé des représentants des Parties à la Convention du Conseil de l'Europe, se réunit chaque année."],
      'fr',
    );
    expect(fr).not.toContain('coe|MEMBER_OF|lakes-committee');
    const en = factsOf(
      gazetteer,
      ['The Lakes Committee, composed of representatives of the Parties to the Convention of the Council of Europe, meets every year.'],
      'en',
    );
    expect(en).not.toContain('coe|MEMBER_OF|lakes-committee');
  });
});
