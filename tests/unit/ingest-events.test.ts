import { describe, expect, it } from 'vitest';
import { toPassages, type ReadDocument } from '../../api/src/ingest/document.js';
import { Gazetteer, type GazetteerEntity } from '../../api/src/ingest/gazetteer.js';
import { analyse, type EventProposal } from '../../api/src/ingest/proposals.js';

/**
 * How events are read with their dates and places (issue 16's "events with date and place"), each
 * rule on sentences written for this test about fictional events of a fictional graph, in French
 * and English.
 */
const event = (id: string, kind: string, start: string, end: string | null, names: string[] = []): GazetteerEntity => ({
  id,
  label: 'Event',
  names,
  acronyms: [],
  kind,
  start,
  end,
});
const gazetteer = new Gazetteer([
  { id: 'coe', label: 'Actor', names: ['Council of Europe', "Conseil de l'Europe"], acronyms: [], kind: 'intergovernmental organisation' },
  { id: 'network', label: 'Actor', names: ['Réseau des procureurs du Danube', 'Danube Prosecutors Network'], acronyms: [], kind: 'network' },
  { id: 'city-graz', label: 'City', names: ['Graz'], acronyms: [] },
  { id: 'city-plovdiv', label: 'City', names: ['Plovdiv'], acronyms: [] },
  { id: 'city-new-york', label: 'City', names: ['New York'], acronyms: [] },
  event('ev-graz-conference', 'conference', '2022-05-03', '2022-05-04'),
  event('ev-plovdiv-seminar', 'seminar', '2022-06-05', null),
  event('ev-network-founding', 'other', '2001-03', null),
  event('ev-network-meeting-2003', 'meeting', '2003', null),
  event('ev-network-meeting-2004', 'meeting', '2004-04', null),
  event('ev-cop-7', 'session', '2030-10', null, ['Septième session de la Conférence des Parties']),
  event('ev-cop-7-side', 'side event', '2030-10', null),
  event('ev-ga-64', 'session', '2009', null, ["64e session de l'Assemblée générale des Nations Unies"]),
  event('ev-study-presentation', 'other', '2009-10-13', null),
  event('ev-council-30', 'session', '2024-06', null, ['30e session du Conseil des droits de la personne']),
  event('ev-council-30-side', 'side event', '2024-06-12', null),
  event('ev-commission-40', 'session', '2031-03', null, ['40th Session of the Commission on Coastal Towns']),
  event('ev-campaign', 'campaign', '2006', '2008', ['campagne « Pas à vendre »']),
  event('ev-online-seminar', 'seminar', '2021-02-24', '2021-02-25'),
  event('ev-first-meeting', 'seminar', '2020-11-26', null),
]);

/** A document of blocks (a heading is a block flagged so), as a reader would give it. */
function documentOf(blocks: { text: string; heading?: boolean }[], language: 'fr' | 'en' = 'fr'): ReadDocument {
  const { text, passages } = toPassages(blocks.map((block) => ({ text: block.text, page: null, heading: block.heading ?? false })));
  return {
    text,
    passages,
    metadata: { title: null, publisher: null, published: null, url: null, language, symbol: null, contentHash: 'x', format: 'text', pages: null },
  };
}

/** The event proposals of a document, as `id start/end @place` (`+online` when online), in reading order. */
function eventsOf(blocks: { text: string; heading?: boolean }[], language?: 'fr' | 'en'): string[] {
  return analyse(documentOf(blocks, language), gazetteer)
    .proposals.filter((proposal): proposal is EventProposal => proposal.kind === 'event')
    .map((found) => `${found.existing ?? 'new'} ${found.start}/${found.end ?? ''} @${found.place ?? '-'}${found.online ? ' +online' : ''}`);
}

describe('known events named by their dates', () => {
  it('reads several dated events of one sentence, each in the city written beside its date', () => {
    const fr = eventsOf([
      {
        text: 'Parmi les initiatives récentes figurent une conférence sur la servitude (Graz, 3-4 mai 2022) ; un séminaire technique sur le travail agricole (Plovdiv, 5 juin 2022).',
      },
    ]);
    expect(fr).toEqual(['ev-graz-conference 2022-05-03/2022-05-04 @city-graz', 'ev-plovdiv-seminar 2022-06-05/ @city-plovdiv']);
    const en = eventsOf(
      [
        {
          text: 'Recent initiatives include a conference on servitude (Graz, 3-4 May 2022); a technical seminar on farm work (Plovdiv, 5 June 2022).',
        },
      ],
      'en',
    );
    expect(en).toEqual(fr);
  });

  it('places events named by a month or a year in the nearest city before their date, a founding included', () => {
    const fr = eventsOf([
      {
        text: 'Le Réseau des procureurs du Danube, créé à Plovdiv en mars 2001, a tenu une réunion à Graz en 2003 et une réunion à New York, en avril 2004.',
      },
    ]);
    expect(fr).toEqual([
      'ev-network-founding 2001-03/ @city-plovdiv',
      'ev-network-meeting-2003 2003/ @city-graz',
      'ev-network-meeting-2004 2004-04/ @city-new-york',
    ]);
    const en = eventsOf(
      [
        {
          text: 'The Danube Prosecutors Network, established in Plovdiv in March 2001, held a meeting in Graz in 2003 and a meeting in New York in April 2004.',
        },
      ],
      'en',
    );
    expect(en).toEqual(fr);
  });

  it('reads an event held on the margins of a session as a side event of the same month and city', () => {
    const found = eventsOf([
      {
        text: 'Le Réseau animera une manifestation en marge de la septième session de la Conférence des Parties, qui se tiendra à Graz en octobre 2030.',
      },
    ]);
    expect(found).toEqual(expect.arrayContaining(['ev-cop-7 2030-10/ @city-graz', 'ev-cop-7-side 2030-10/ @city-graz']));
    expect(found).toHaveLength(2);
  });

  it('dates a session of the General Assembly by its ordinal, written in words or figures, and places it only where the text does', () => {
    expect(eventsOf([{ text: "Le Président de la soixante-quatrième session de l'Assemblée générale a pris la parole à la réunion." }])).toEqual([
      'ev-ga-64 2009/ @-',
    ]);
    expect(eventsOf([{ text: 'The President of the sixty-fourth session of the General Assembly addressed the meeting.' }], 'en')).toEqual([
      'ev-ga-64 2009/ @-',
    ]);
    // New York places the presentation held that day, not the session it was held at.
    expect(
      eventsOf([
        {
          text: "L'étude a été présentée lors d'un événement au siège des Nations Unies à New York le 13 octobre 2009 à l'occasion de la 64e session de l'Assemblée générale des Nations Unies.",
        },
      ]),
    ).toEqual(['ev-study-presentation 2009-10-13/ @city-new-york', 'ev-ga-64 2009/ @-']);
  });

  it('takes a named event’s own period from its passage ("menée entre 2006 et 2008")', () => {
    expect(eventsOf([{ text: 'La campagne « Pas à vendre », menée entre 2006 et 2008, a mobilisé de nombreux séminaires.' }])).toEqual([
      'ev-campaign 2006/2008 @-',
    ]);
  });
});

describe('events inside other events', () => {
  it('dates a session by the month of the side events it holds, and places them in its city', () => {
    const found = eventsOf([
      { text: 'Le Réseau participe à deux évènements parallèles pendant la session du Conseil', heading: true },
      { text: '12-13 juin 2024', heading: true },
      { text: 'Le Réseau a participé à deux évènements parallèles, organisés pendant la 30e session du Conseil des droits de la personne à Graz.' },
      { text: 'Le premier évènement, qui s’est tenu le 12 juin 2024, était organisé par le Réseau.' },
    ]);
    expect(found).toEqual(['ev-council-30 2024-06/ @city-graz', 'ev-council-30-side 2024-06-12/ @city-graz']);
  });

  it('does not read a session named as the setting of an undated event as an event of that passage', () => {
    const found = eventsOf(
      [
        { text: 'The Council of Europe response', heading: true },
        { text: 'A Side Event at the 40th Session of the Commission on Coastal Towns co-organised by the Council of Europe' },
      ],
      'en',
    );
    expect(found).toEqual([]);
  });
});

describe('events held online', () => {
  it('reads "online" said of the event, not of a course, and a news item’s online dateline for its first event', () => {
    const found = eventsOf([
      { text: 'Action régionale contre la traite', heading: true },
      { text: 'En ligne 1 Mars 2021 • Imprimer la page • Action régionale contre la traite' },
      { text: "Le Conseil de l'Europe a organisé le 24 et 25 février 2021 le 2ème séminaire régional." },
      {
        text: "Ce séminaire est la suite d'une première rencontre organisée le 26 novembre 2020. Le programme de formation aux droits de l'homme du Conseil de l'Europe pour les professionnels du droit dispense un cours en ligne.",
      },
    ]);
    expect(found).toEqual(['ev-online-seminar 2021-02-24/2021-02-25 @- +online', 'ev-first-meeting 2020-11-26/ @-']);
    expect(eventsOf([{ text: 'Les coordinateurs se sont réunis les 3 et 4 mai 2022 à Graz et en ligne pour une conférence.' }])).toEqual([
      'ev-graz-conference 2022-05-03/2022-05-04 @city-graz +online',
    ]);
    // A webinar is a seminar held online.
    expect(eventsOf([{ text: 'A webinar on farm work took place on 5 June 2022.' }], 'en')).toEqual(['ev-plovdiv-seminar 2022-06-05/ @- +online']);
  });
});
