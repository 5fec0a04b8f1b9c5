import { describe, expect, it } from 'vitest';
import { Gazetteer, type GazetteerEntity } from '../../api/src/ingest/gazetteer.js';
import { ordinalOf } from '../../api/src/ingest/ordinals.js';
import { contentStems } from '../../api/src/ingest/text.js';

/**
 * How words of names are written differently and still read the same (api/src/ingest/text.ts,
 * ordinals.ts): number signs, ordinals, spelling, feminine titles and prepositions of purpose, on
 * names and sentences written for this test.
 */
const ENTITIES: GazetteerEntity[] = [
  { id: 'cets-197', label: 'Instrument', kind: 'convention', names: ['CETS No. 197'], acronyms: [] },
  { id: 'ilo-c029', label: 'Instrument', kind: 'convention', names: ['ILO Convention No. 029'], acronyms: [] },
  { id: 'event-ga-64', label: 'Event', names: ['64e session de l’Assemblée', '64th session of the Assembly'], acronyms: [] },
  { id: 'ocd', label: 'Actor', names: ['Office on Organized Crime and Drugs', 'Co-operation Council'], acronyms: [] },
  { id: 'special-coordinator', label: 'Actor', names: ['Coordinateur spécial pour la lutte contre la traite'], acronyms: [] },
  { id: 'rapporteur', label: 'Actor', names: ['Rapporteur spécial sur la traite'], acronyms: [] },
  { id: 'talitha', label: 'Actor', names: ['Centre pour les victimes de la traite et de la prostitution forcée'], acronyms: [] },
  {
    id: 'topic-organs',
    label: 'Topic',
    names: ['Trafficking for the purpose of organ removal', 'Traite aux fins de prélèvement d’organes'],
    acronyms: [],
  },
];
const gazetteer = new Gazetteer(ENTITIES);
const linked = (text: string) => gazetteer.match(text).map((mention) => [text.slice(mention.start, mention.end), mention.entityId]);

describe('numbers and ordinals', () => {
  it('reads "No.", "n°" and "nº" before a number, and leading zeros, as the same number', () => {
    expect(linked('States that ratified CETS No. 197 in 2008')).toEqual([['CETS No. 197', 'cets-197']]);
    expect(linked('la CETS n° 197 est entrée en vigueur')).toEqual([['CETS n° 197', 'cets-197']]);
    expect(linked('ILO Convention nº 29 and ILO Convention No 29')).toEqual([
      ['ILO Convention nº 29', 'ilo-c029'],
      ['ILO Convention No 29', 'ilo-c029'],
    ]);
    // The dot of "No." does not end a name; a sentence's full stop still does.
    expect(linked('It was CETS. 197 delegates came')).toEqual([]);
  });

  it('reads ordinals in figures and in words, French and English, as one number', () => {
    expect(['64e', '64eme', '64th', 'soixante-quatrieme', 'sixty-fourth'].map(ordinalOf)).toEqual([64, 64, 64, 64, 64]);
    expect(['1er', 'premiere', 'first', 'vingt-cinquieme', 'twenty-fifth', 'soixante-dix-septieme', 'quatre-vingt-deuxieme'].map(ordinalOf)).toEqual([
      1, 1, 1, 25, 25, 77, 82,
    ]);
    expect(['deux', 'vingt', 'season', 'the', 'seconds'].map(ordinalOf)).toEqual([null, null, null, null, null]);
    expect(linked('pendant la soixante-quatrième session de l’Assemblée')).toEqual([['soixante-quatrième session de l’Assemblée', 'event-ga-64']]);
    expect(linked('at the sixty-fourth session of the Assembly').map(([, id]) => id)).toEqual(['event-ga-64']);
  });
});

describe('spelling and inflection', () => {
  it('reads British and American spelling, and words with or without a hyphen, alike', () => {
    expect(contentStems('Organised crime')).toEqual(contentStems('organized crimes'));
    expect(linked('the Office on Organised Crime and Drugs')).toEqual([['Office on Organised Crime and Drugs', 'ocd']]);
    expect(linked('the Cooperation Council')).toEqual([['Cooperation Council', 'ocd']]);
  });

  it('reads feminine titles as the title (-trice, -euse)', () => {
    expect(linked('la coordinatrice spéciale pour la lutte contre la traite')).toEqual([
      ['coordinatrice spéciale pour la lutte contre la traite', 'special-coordinator'],
    ]);
    expect(linked('la Rapporteuse spéciale sur la traite')).toEqual([['Rapporteuse spéciale sur la traite', 'rapporteur']]);
  });

  it('reads "aux fins de" and "for the purpose of" as prepositions', () => {
    expect(linked('la traite pour le prélèvement d’organes')).toEqual([['traite pour le prélèvement d’organes', 'topic-organs']]);
    expect(linked('trafficking for organ removal').map(([, id]) => id)).toEqual(['topic-organs']);
  });

  it('joins two words of a name across three small words ("et de la")', () => {
    expect(linked('le Centre pour les victimes de la traite et de la prostitution forcée')).toEqual([
      ['Centre pour les victimes de la traite et de la prostitution forcée', 'talitha'],
    ]);
  });
});
