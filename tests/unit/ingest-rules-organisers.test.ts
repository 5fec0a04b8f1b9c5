import { describe, expect, it } from 'vitest';
import { Gazetteer, type GazetteerEntity } from '../../api/src/ingest/gazetteer.js';
import { factsOf } from '../support/ingest-text.js';

/**
 * Who organised an event (issue 16, r16b): each organising verb of a sentence with its own
 * subject, organisers listed with the names that complete them or with their acronyms, and an
 * event's account that runs on after it is named again. Fictional sentences and entities written
 * for this test.
 */
const ENTITIES: GazetteerEntity[] = [
  { id: 'coe', label: 'Actor', names: ['Council of Europe', "Conseil de l'Europe"], acronyms: [], kind: 'intergovernmental organisation' },
  {
    id: 'osce',
    label: 'Actor',
    names: ['Organisation pour la sécurité et la coopération en Europe', 'Organization for Security and Co-operation in Europe'],
    acronyms: ['OSCE'],
    kind: 'intergovernmental organisation',
  },
  { id: 'un', label: 'Actor', names: ['Nations Unies', 'United Nations'], acronyms: [], kind: 'intergovernmental organisation' },
  {
    id: 'refugee-office',
    label: 'Actor',
    names: ['Haut-Commissariat des Nations Unies pour les réfugiés', 'United Nations High Commissioner for Refugees'],
    acronyms: ['HCR', 'UNHCR'],
    kind: 'agency',
  },
  { id: 'lakes-division', label: 'Actor', names: ['Division des Lacs', 'Lakes Division'], acronyms: [], kind: 'body/organ' },
  {
    id: 'lakes-directorate',
    label: 'Actor',
    names: ['Direction des migrations', 'Directorate of Migration'],
    acronyms: [],
    kind: 'national authority',
  },
  { id: 'lakes-ministry', label: 'Actor', names: ["ministère de l'Intérieur", 'Ministry of the Interior'], acronyms: [], kind: 'national authority' },
  { id: 'CH', label: 'Country', names: ['Suisse', 'Switzerland', 'suisse', 'Swiss'], acronyms: [] },
  { id: 'city-graz', label: 'City', names: ['Graz'], acronyms: [] },
  { id: 'KE', label: 'Country', names: ['Kenya'], acronyms: [] },
  { id: 'UG', label: 'Country', names: ['Ouganda', 'Uganda'], acronyms: [] },
  { id: 'event-graz-meeting', label: 'Event', names: [], acronyms: [], kind: 'meeting', start: '2023-03-19' },
  { id: 'city-linz', label: 'City', names: ['Linz'], acronyms: [] },
  {
    id: 'event-graz-conference',
    label: 'Event',
    names: ['Conférence de Graz sur la servitude', 'Graz Conference on Servitude'],
    acronyms: [],
    kind: 'conference',
    start: '2022-05-03',
    end: '2022-05-04',
  },
  { id: 'event-linz-workshop', label: 'Event', names: ['Atelier de Linz pour les juges'], acronyms: [], kind: 'workshop', start: '2022-09-12' },
];
const gazetteer = new Gazetteer(ENTITIES);
const organisers = (facts: string[], event: string) =>
  facts.filter((fact) => fact.endsWith(`|${event}`) && /\|(?:CO_)?ORGANISED\|/.test(fact)).sort();

describe('organisers of an event', () => {
  it('reads each organising verb of a sentence with its own subject, not every name before it (fr, en)', () => {
    const fr = factsOf(
      gazetteer,
      [
        "Le 12 septembre 2022, à la suite de la Conférence de Graz sur la servitude organisée à Graz sous la présidence suisse de l'OSCE, le Conseil de l'Europe et l'OSCE organisent un atelier conjoint à Linz pour les juges.",
      ],
      'fr',
    );
    expect(organisers(fr, 'event-linz-workshop')).toEqual(['coe|CO_ORGANISED|event-linz-workshop', 'osce|CO_ORGANISED|event-linz-workshop']);
    const en = factsOf(
      gazetteer,
      [
        'On 12 September 2022, following the Graz Conference on Servitude organised in Graz under the Swiss chairmanship of the OSCE, the Council of Europe and the OSCE organised a joint workshop in Linz for judges.',
      ],
      'en',
    );
    expect(organisers(en, 'event-linz-workshop')).toEqual(['coe|CO_ORGANISED|event-linz-workshop', 'osce|CO_ORGANISED|event-linz-workshop']);
  });

  it('keeps listing organisers past the names that complete one of them, and past an acronym (fr, en)', () => {
    const fr = factsOf(
      gazetteer,
      [
        "La conférence, tenue à Graz les 3 et 4 mai 2022, a été co-organisée par la Division des Lacs du Conseil de l'Europe et la Direction des migrations du ministère de l'Intérieur.",
        "Le Conseil de l'Europe, le Haut-Commissariat des Nations Unies pour les réfugiés (HCR) et l'OSCE ont organisé sa séance de clôture.",
      ],
      'fr',
    );
    const expected = [
      'coe|CO_ORGANISED|event-graz-conference',
      'lakes-directorate|CO_ORGANISED|event-graz-conference',
      'lakes-division|CO_ORGANISED|event-graz-conference',
      'osce|CO_ORGANISED|event-graz-conference',
      'refugee-office|CO_ORGANISED|event-graz-conference',
    ];
    expect(organisers(fr, 'event-graz-conference')).toEqual(expected);
    const en = factsOf(
      gazetteer,
      [
        'The conference, held in Graz on 3-4 May 2022, was co-organised by the Lakes Division of the Council of Europe and the Directorate of Migration of the Ministry of the Interior.',
        'The Council of Europe, the United Nations High Commissioner for Refugees (UNHCR) and the OSCE organised its closing session.',
      ],
      'en',
    );
    expect(organisers(en, 'event-graz-conference')).toEqual(expected);
  });

  it('does not read "Organisation" as the organising verb (fr, en)', () => {
    const fr = factsOf(
      gazetteer,
      [
        "La Conférence de Graz sur la servitude s'est tenue à Graz le 3 mai 2022. Le Conseil de l'Europe et l'Organisation des Nations Unies ont publié une étude.",
      ],
      'fr',
    );
    expect(organisers(fr, 'event-graz-conference')).toEqual([]);
    const en = factsOf(
      gazetteer,
      [
        'The Graz Conference on Servitude took place in Graz on 3 May 2022. The Council of Europe and the Organisation of the United Nations published a study.',
      ],
      'en',
    );
    expect(organisers(en, 'event-graz-conference')).toEqual([]);
  });
});

describe('states that organise through their representatives', () => {
  it('reads the states whose ambassadors convened the meeting (fr, en)', () => {
    const expected = ['KE|CO_ORGANISED|event-graz-meeting', 'UG|CO_ORGANISED|event-graz-meeting'];
    const fr = factsOf(gazetteer, ["Le 19 mars 2023, les ambassadeurs du Kenya et de l'Ouganda ont convoqué une réunion à Graz."], 'fr');
    expect(organisers(fr, 'event-graz-meeting')).toEqual(expected);
    const en = factsOf(gazetteer, ['On 19 March 2023 the Ambassadors of Kenya and of Uganda convened a meeting in Graz.'], 'en');
    expect(organisers(en, 'event-graz-meeting')).toEqual(expected);
  });
});

describe("an event's account", () => {
  it('runs on after a heading names the event again, even when it was read long before', () => {
    const filler = Array.from({ length: 10 }, (_, index) => `Paragraphe ${index + 1} sur d'autres sujets.`);
    const fr = factsOf(
      gazetteer,
      [
        { heading: 'Atelier de Linz pour les juges' },
        "Le 12 septembre 2022, le Conseil de l'Europe a organisé à Linz l'Atelier de Linz pour les juges.",
        ...filler,
        { heading: 'Atelier de Linz pour les juges, Linz' },
        { heading: '12 septembre 2022' },
        "Organisé par le Conseil de l'Europe à Linz.",
        "Cet atelier est aussi organisé par le ministère de l'Intérieur et l'OSCE.",
      ],
      'fr',
    );
    expect(organisers(fr, 'event-linz-workshop')).toEqual(
      expect.arrayContaining(['lakes-ministry|CO_ORGANISED|event-linz-workshop', 'osce|CO_ORGANISED|event-linz-workshop']),
    );
  });
});
