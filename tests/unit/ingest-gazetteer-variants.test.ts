import { describe, expect, it } from 'vitest';
import { Gazetteer, type GazetteerEntity } from '../../api/src/ingest/gazetteer.js';

/**
 * Names written differently from the graph, found by how names are built (api/src/ingest/variants.ts),
 * on sentences written for this test in French and English (fictional bodies where it matters).
 */
const ENTITIES: GazetteerEntity[] = [
  { id: 'IT', label: 'Country', names: ['Italy', 'Italie'], acronyms: [] },
  { id: 'PL', label: 'Country', names: ['Poland', 'Pologne'], acronyms: [] },
  { id: 'ES', label: 'Country', names: ['Spain', 'Espagne'], acronyms: [] },
  { id: 'AT', label: 'Country', names: ['Austria', 'Autriche'], acronyms: [] },
  { id: 'CH', label: 'Country', names: ['Switzerland', 'Suisse'], acronyms: [] },
  { id: 'it-interior', label: 'Actor', kind: 'national authority', names: ['Ministry of the Interior (Italy)'], acronyms: [] },
  {
    id: 'pl-interior',
    label: 'Actor',
    kind: 'national authority',
    names: ['Ministry of the Interior and Administration of Poland', "Ministère de l'Intérieur et de l'Administration de la Pologne"],
    acronyms: [],
  },
  {
    id: 'es-equality',
    label: 'Actor',
    kind: 'national authority',
    names: ['Ministry of Equality of Spain', "Ministère de l'Égalité de l'Espagne"],
    acronyms: [],
  },
  {
    id: 'at-interior',
    label: 'Actor',
    kind: 'national authority',
    names: ['Austrian Federal Ministry of the Interior', "Ministère fédéral autrichien de l'Intérieur"],
    acronyms: [],
  },
  // An international body whose name holds a country: it is no national body, so it keeps its country.
  { id: 'studies', label: 'Actor', kind: 'intergovernmental organisation', names: ['Council for Studies of Italy'], acronyms: [] },
  { id: 'watchers', label: 'Actor', kind: 'NGO', names: ['Rights Watchers International', 'Rights Watchers'], acronyms: [] },
  { id: 'watchers-women', label: 'Actor', kind: 'NGO', names: ['Division for Women’s Rights, Rights Watchers'], acronyms: [] },
  { id: 'un', label: 'Actor', kind: 'intergovernmental organisation', names: ['United Nations', 'Nations Unies'], acronyms: ['UN', 'ONU'] },
  {
    id: 'un-ga',
    label: 'Actor',
    kind: 'body/organ',
    names: ['United Nations General Assembly', 'Assemblée générale des Nations Unies', 'Assemblée générale'],
    acronyms: ['UNGA', 'AGNU'],
  },
  { id: 'event-ga-70', label: 'Event', names: ['70e session de l’Assemblée générale des Nations Unies'], acronyms: [] },
  {
    id: 'cets-197',
    label: 'Instrument',
    kind: 'convention',
    names: ['Convention on Action against Trafficking', 'CETS No. 197', 'STCE 197'],
    acronyms: [],
  },
  { id: 'res-64-178', label: 'Instrument', kind: 'resolution', names: ['A/RES/64/178'], acronyms: [] },
];
const gazetteer = new Gazetteer(ENTITIES);
/** The mentions of a text as [words, entity], names inside a longer name left out unless asked for. */
const linked = (text: string, inner = false) =>
  gazetteer
    .match(text)
    .filter((mention) => inner || !mention.inner)
    .map((mention) => [text.slice(mention.start, mention.end), mention.entityId]);

describe('national bodies named with an adjective of nationality', () => {
  it('reads the adjective before the name in English', () => {
    expect(linked('The Italian Ministry of the Interior hosted the meeting.')).toEqual([['Italian Ministry of the Interior', 'it-interior']]);
    expect(gazetteer.match('The Italian Ministry of the Interior')[0]?.via).toBe('variant');
  });

  it('reads the adjective after the name in French, masculine or feminine', () => {
    expect(linked('avec le ministère de l’intérieur et d’administration polonais')).toEqual([
      ['ministère de l’intérieur et d’administration polonais', 'pl-interior'],
    ]);
    expect(linked('la délégation polonaise du ministère')).toEqual([['polonaise', 'PL']]);
  });

  it('reads the country for the adjective a name holds', () => {
    expect(linked('the Federal Ministry of the Interior of Austria')).toEqual([['Federal Ministry of the Interior of Austria', 'at-interior']]);
    expect(linked('le ministère fédéral de l’Intérieur de l’Autriche').map(([, id]) => id)).toEqual(['at-interior']);
  });

  it('finds a national body named without its country only where the text names that country', () => {
    const text = 'En coopération avec le ministère de l’Égalité, à Madrid (Espagne).';
    expect(linked(text)).toEqual([
      ['ministère de l’Égalité', 'es-equality'],
      ['Espagne', 'ES'],
    ]);
    expect(gazetteer.match(text)[0]?.confidence).toBeLessThan(0.8);
    expect(linked('with the Spanish delegation and the Ministry of Equality').map(([, id]) => id)).toEqual(['ES', 'es-equality']);
    expect(linked('En coopération avec le ministère de l’Égalité, à Rome (Italie).')).toEqual([['Italie', 'IT']]);
  });

  it('leaves the country in the name of a body that is not national', () => {
    expect(linked('the Italian Council for Studies')).toEqual([['Italian', 'IT']]);
    expect(linked('the Council for Studies met in Italy')).toEqual([['Italy', 'IT']]);
  });
});

describe('countries named by their adjective', () => {
  it('reads an adjective of nationality as its country, in lower case too', () => {
    expect(linked('sous la présidence suisse de l’Organisation')).toEqual([['suisse', 'CH']]);
    expect(linked('Les experts autrichiens et la délégation polonaise')).toEqual([
      ['autrichiens', 'AT'],
      ['polonaise', 'PL'],
    ]);
    expect(linked('the Polish delegation')).toEqual([['Polish', 'PL']]);
  });
});

describe('units of a body', () => {
  it('finds a unit named without the body it belongs to where the text names that body', () => {
    expect(linked('Ana Silva, researcher at Rights Watchers, Division for Women’s Rights')).toEqual([
      ['Rights Watchers', 'watchers'],
      ['Division for Women’s Rights', 'watchers-women'],
    ]);
    // Written whole, with the comma of its own name, it is the unit's name (r16a: a name is read across its own commas).
    expect(linked('Ana Silva, researcher, Division for Women’s Rights, Rights Watchers')).toEqual([
      ['Division for Women’s Rights, Rights Watchers', 'watchers-women'],
    ]);
    expect(linked('the Division for Women’s Rights of the ministry')).toEqual([]);
  });
});

describe('names inside a longer name', () => {
  it('reads the names a longer name holds as mentions flagged inner', () => {
    const text = 'lors de la 70e session de l’Assemblée générale des Nations Unies';
    expect(linked(text)).toEqual([['70e session de l’Assemblée générale des Nations Unies', 'event-ga-70']]);
    const inner = gazetteer.match(text).filter((mention) => mention.inner);
    expect(inner.map((mention) => [text.slice(mention.start, mention.end), mention.entityId])).toEqual([
      ['Assemblée générale des Nations Unies', 'un-ga'],
    ]);
  });

  it('finds a name that holds another body named another way', () => {
    expect(linked('la soixante-dixième session de l’Assemblée générale').map(([, id]) => id)).toEqual(['event-ga-70']);
    expect(linked('at the 70th session of the UNGA').map(([, id]) => id)).toEqual(['event-ga-70']);
  });
});

describe('treaties and resolutions by their number', () => {
  it('finds a numbered treaty by its kind and number', () => {
    expect(linked('la Convention n° 197 du Conseil')).toEqual([['Convention n° 197', 'cets-197']]);
    expect(linked('under Convention No. 197')).toEqual([['Convention No. 197', 'cets-197']]);
    expect(linked('la Convention n° 198')).toEqual([]);
  });

  it('finds a resolution known by its UN symbol by its number', () => {
    expect(linked('Dans sa résolution 64/178, l’Assemblée')).toEqual([['résolution 64/178', 'res-64-178']]);
    expect(linked('In its resolution 64/178 the Assembly')).toEqual([['resolution 64/178', 'res-64-178']]);
    expect(linked('la résolution 64/179')).toEqual([]);
  });
});

describe('lists, titles and typing slips (i16n)', () => {
  // Fictional topics, directorate and treaty written for this test.
  const gazetteer = new Gazetteer([
    { id: 'topic-regional', label: 'Topic', names: ['Coopération régionale', 'Regional co-operation'], acronyms: [] },
    { id: 'topic-international', label: 'Topic', names: ['Coopération internationale', 'International co-operation'], acronyms: [] },
    { id: 'dir-culture', label: 'Actor', names: ['Direction de la Culture et du Patrimoine', 'Directorate of Culture and Heritage'], acronyms: [] },
    {
      id: 'treaty-rivers',
      label: 'Instrument',
      kind: 'convention',
      names: ['Convention visant à protéger les rivières, lacs et étangs, additionnelle au Traité des eaux'],
      acronyms: [],
    },
    { id: 'office-coordinator', label: 'Actor', names: ['Bureau du coordinateur des programmes régionaux'], acronyms: [] },
  ]);
  const linked = (text: string) => gazetteer.match(text).map((mention) => [mention.text, mention.entityId]);

  it('reads each adjective listed after one noun with that noun', () => {
    expect(linked('des échanges de coopération bilatérale, sous-régionale, régionale et internationale.')).toEqual([
      ['régionale', 'topic-regional'],
      ['internationale', 'topic-international'],
    ]);
    expect(linked('la coopération régionale et internationale')).toEqual([
      ['coopération régionale', 'topic-regional'],
      ['internationale', 'topic-international'],
    ]);
    // Capitalised words after a comma are other names, not adjectives of the noun.
    expect(linked('la coopération technique, Régionale et Internationale')).toEqual([]);
  });

  it('names a directorate by the title of its head, in French and English', () => {
    expect(linked('Mme Dupont, Directrice de la Culture et du Patrimoine, a ouvert la séance')).toEqual([
      ['Directrice de la Culture et du Patrimoine', 'dir-culture'],
    ]);
    expect(linked('M. Martin, Directeur de la Culture et du Patrimoine')).toEqual([['Directeur de la Culture et du Patrimoine', 'dir-culture']]);
    expect(linked('the Director of Culture and Heritage spoke')).toEqual([['Director of Culture and Heritage', 'dir-culture']]);
  });

  it('names a treaty by its title up to its first comma, whatever commas the text drops', () => {
    expect(linked('la Convention visant à protéger les rivières, lacs et étangs additionnelle au Traité')).toEqual([
      ['Convention visant à protéger les rivières', 'treaty-rivers'],
    ]);
  });

  it('reads a doubled letter typed by mistake as one', () => {
    expect(linked('avec le Bureau du coordinnateur des programmes régionaux')).toEqual([
      ['Bureau du coordinnateur des programmes régionaux', 'office-coordinator'],
    ]);
  });
});
