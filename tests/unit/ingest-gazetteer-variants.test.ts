import { describe, expect, it } from 'vitest';
import { Gazetteer, type GazetteerEntity } from '../../api/src/ingest/gazetteer.js';

/**
 * Names written differently from the graph, found by how names are built (api/src/ingest/variants.ts
 * and the number rule of text.ts), on sentences written for this test in French and English.
 */
const ENTITIES: GazetteerEntity[] = [
  { id: 'IT', label: 'Country', names: ['Italy', 'Italie'], acronyms: [] },
  { id: 'PL', label: 'Country', names: ['Poland', 'Pologne'], acronyms: [] },
  { id: 'ES', label: 'Country', names: ['Spain', 'Espagne'], acronyms: [] },
  { id: 'AT', label: 'Country', names: ['Austria', 'Autriche'], acronyms: [] },
  { id: 'it-interior', label: 'Actor', kind: 'national authority', names: ['Ministry of the Interior (Italy)'], acronyms: [] },
  {
    id: 'pl-interior',
    label: 'Actor',
    kind: 'national authority',
    names: ['Ministry of the Interior and Administration of Poland', "Ministère de l'Intérieur et de l'Administration de la Pologne"],
    acronyms: [],
  },
  { id: 'es-equality', label: 'Actor', kind: 'national authority', names: ['Ministry of Equality of Spain', "Ministère de l'Égalité de l'Espagne"], acronyms: [] },
  { id: 'at-interior', label: 'Actor', kind: 'national authority', names: ['Austrian Federal Ministry of the Interior'], acronyms: [] },
  // An international body: its name is not a national body's, so it gets no adjective variant.
  { id: 'oas', label: 'Actor', kind: 'intergovernmental organisation', names: ['Organisation of Italian Studies'], acronyms: [] },
  { id: 'cets-197', label: 'Instrument', kind: 'convention', names: ['Convention on Action against Trafficking', 'CETS No. 197', 'STCE 197'], acronyms: [] },
  { id: 'ilo-c029', label: 'Instrument', kind: 'convention', names: ['Forced Labour Convention', 'C029', 'ILO Convention No. 029'], acronyms: [] },
  { id: 'res-64-178', label: 'Instrument', kind: 'resolution', names: ['A/RES/64/178'], acronyms: [] },
];
const gazetteer = new Gazetteer(ENTITIES);
const linked = (text: string) => gazetteer.match(text).map((mention) => [text.slice(mention.start, mention.end), mention.entityId]);

describe('numbers of treaties', () => {
  it('reads "No.", "n°" and "nº" before a number, and leading zeros, as the same number', () => {
    expect(linked('States that ratified CETS No. 197 in 2008')).toEqual([['CETS No. 197', 'cets-197']]);
    expect(linked('la STCE n° 197 est entrée en vigueur')).toEqual([['STCE n° 197', 'cets-197']]);
    expect(linked('ILO Convention No. 29 and ILO Convention nº 29')).toEqual([
      ['ILO Convention No. 29', 'ilo-c029'],
      ['ILO Convention nº 29', 'ilo-c029'],
    ]);
    // The dot of "No." does not end a name, a sentence's full stop still does.
    expect(linked('It was CETS. 197 delegates came')).toEqual([]);
  });

  it('finds a numbered treaty by its kind and number', () => {
    expect(linked('la Convention n° 197 du Conseil')).toEqual([['Convention n° 197', 'cets-197']]);
    expect(linked('under Convention No. 197')).toEqual([['Convention No. 197', 'cets-197']]);
    expect(gazetteer.match('la Convention n° 197')[0]?.via).toBe('variant');
  });

  it('finds a resolution known by its UN symbol by its number', () => {
    expect(linked('Dans sa résolution 64/178, l’Assemblée')).toEqual([['résolution 64/178', 'res-64-178']]);
    expect(linked('In its resolution 64/178 the Assembly')).toEqual([['resolution 64/178', 'res-64-178']]);
    expect(linked('la résolution 64/179')).toEqual([]);
  });
});

describe('national bodies named with an adjective of nationality', () => {
  it('reads the adjective before the name in English', () => {
    expect(linked('The Italian Ministry of the Interior hosted the meeting.')).toEqual([['Italian Ministry of the Interior', 'it-interior']]);
  });

  it('reads the adjective after the name in French, masculine or feminine', () => {
    expect(linked('avec le ministère de l’intérieur et d’administration polonais')).toEqual([
      ['ministère de l’intérieur et d’administration polonais', 'pl-interior'],
    ]);
    expect(linked('la délégation polonaise du ministère')).toEqual([]);
  });

  it('reads the country for the adjective a name holds', () => {
    expect(linked('the Federal Ministry of the Interior of Austria')).toEqual([['Federal Ministry of the Interior of Austria', 'at-interior']]);
    expect(linked('le ministère fédéral autrichien de l’Intérieur').map(([, id]) => id)).toEqual(['at-interior']);
  });

  it('finds a national body named without its country only where the text names that country', () => {
    const text = 'En coopération avec le ministère de l’Égalité, à Madrid (Espagne).';
    expect(linked(text)).toEqual([
      ['ministère de l’Égalité', 'es-equality'],
      ['Espagne', 'ES'],
    ]);
    expect(gazetteer.match(text)[0]?.confidence).toBeLessThan(0.8);
    expect(linked('with the Spanish delegation and the Ministry of Equality')).toEqual([['Ministry of Equality', 'es-equality']]);
    expect(linked('En coopération avec le ministère de l’Égalité, à Rome (Italie).')).toEqual([['Italie', 'IT']]);
  });

  it('gives no adjective variant to an international body', () => {
    expect(linked('the Italian Organisation of Studies')).toEqual([]);
  });
});
