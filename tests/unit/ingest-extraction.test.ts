import { describe, expect, it } from 'vitest';
import { composedFacts, Nationalities } from '../../api/src/ingest/composition.js';
import { toPassages, type ReadDocument } from '../../api/src/ingest/document.js';
import { readText } from '../../api/src/ingest/readers/text.js';
import { Gazetteer, type GazetteerEntity } from '../../api/src/ingest/gazetteer.js';
import { analyse, type EventProposal, type RelationshipProposal } from '../../api/src/ingest/proposals.js';

/**
 * The extraction rules added for issue 16's quality goals, each on a few sentences written for
 * this test (fictional people and events): facts read from how names are written, event sections
 * opened by headings, organisers and partners, speakers, and each group fact's own quote.
 */
const ENTITIES: GazetteerEntity[] = [
  { id: 'coe', label: 'Actor', names: ['Council of Europe', "Conseil de l'Europe"], acronyms: [], kind: 'intergovernmental organisation' },
  {
    id: 'osce',
    label: 'Actor',
    names: ['Organization for Security and Co-operation in Europe'],
    acronyms: ['OSCE'],
    kind: 'intergovernmental organisation',
  },
  { id: 'greta', label: 'Actor', names: ["Groupe d'experts sur la lutte contre la traite"], acronyms: ['GRETA'], kind: 'body/organ' },
  { id: 'coe-projects', label: 'Actor', names: ['Division des projets'], acronyms: [], kind: 'body/organ' },
  { id: 'ma-justice', label: 'Actor', names: ['ministère de la Justice'], acronyms: [], kind: 'national authority' },
  { id: 'pl-interior', label: 'Actor', names: ["ministère de l'Intérieur"], acronyms: [], kind: 'national authority' },
  { id: 'un', label: 'Actor', names: ['Nations Unies', 'United Nations'], acronyms: [], kind: 'intergovernmental organisation' },
  { id: 'un-ga', label: 'Actor', names: ['Assemblée générale des Nations Unies'], acronyms: [], kind: 'body/organ' },
  { id: 'AT', label: 'Country', names: ['Autriche', 'Austria'], acronyms: [] },
  { id: 'BG', label: 'Country', names: ['Bulgarie', 'Bulgaria'], acronyms: [] },
  { id: 'ES', label: 'Country', names: ['Espagne', 'Spain'], acronyms: [] },
  { id: 'MA', label: 'Country', names: ['Maroc', 'Morocco'], acronyms: [] },
  { id: 'PL', label: 'Country', names: ['Pologne', 'Poland'], acronyms: [] },
  { id: 'PT', label: 'Country', names: ['Portugal'], acronyms: [] },
  { id: 'FR', label: 'Country', names: ['France'], acronyms: [] },
  { id: 'city-plovdiv', label: 'City', names: ['Plovdiv'], acronyms: [] },
  { id: 'city-graz', label: 'City', names: ['Graz'], acronyms: [] },
  { id: 'person-jeanne-martin', label: 'Person', names: ['Jeanne Martin'], acronyms: [] },
  { id: 'person-paul-durand', label: 'Person', names: ['Paul Durand'], acronyms: [] },
  { id: 'person-ana-silva', label: 'Person', names: ['Ana Silva'], acronyms: [] },
  { id: 'topic-labour', label: 'Topic', names: ['exploitation par le travail'], acronyms: [] },
  { id: 'topic-asylum', label: 'Topic', names: ['demandeurs d’asile'], acronyms: [] },
];
const gazetteer = new Gazetteer(ENTITIES);
const nationalities = new Nationalities(gazetteer);

/** The facts `composedFacts` reads in one sentence, as from|TYPE|to. */
function composed(sentence: string): string[] {
  const mentions = gazetteer.match(sentence);
  return composedFacts(sentence, mentions, gazetteer, nationalities).map((fact) => `${fact.from.entityId}|${fact.type}|${fact.to.entityId}`);
}

/** A document of blocks (a heading is a block flagged so), as a reader would give it. */
function documentOf(blocks: { text: string; heading?: boolean }[]): ReadDocument {
  const { text, passages } = toPassages(blocks.map((block) => ({ text: block.text, page: null, heading: block.heading ?? false })));
  return {
    text,
    passages,
    metadata: {
      title: null,
      publisher: null,
      published: null,
      url: null,
      language: 'fr',
      symbol: null,
      contentHash: 'x',
      format: 'text',
      pages: null,
    },
  };
}

const relationships = (proposals: ReturnType<typeof analyse>['proposals']) =>
  proposals.filter((proposal): proposal is RelationshipProposal => proposal.kind === 'relationship' || proposal.kind === 'provenance');

describe('adjectives of nationality', () => {
  it('name the country whose name they share most of, with an adjective’s ending', () => {
    expect(nationalities.countryOf('autrichien')).toBe('AT');
    expect(nationalities.countryOf('autrichienne')).toBe('AT');
    expect(nationalities.countryOf('espagnols')).toBe('ES');
    expect(nationalities.countryOf('polonais')).toBe('PL');
    expect(nationalities.countryOf('bulgare')).toBe('BG');
    expect(nationalities.countryOf('Austrian')).toBe('AT');
    expect(nationalities.countryOf('marocaine')).toBe('MA');
  });

  it('do not read words that merely start like a country', () => {
    for (const word of ['portant', 'francophone', 'autorité', 'espace', 'bulletin']) expect(nationalities.countryOf(word), word).toBeNull();
  });
});

describe('facts read from how names are written', () => {
  it('places a city in the country named beside it', () => {
    expect(composed('Le séminaire a rassemblé à Plovdiv, en Bulgarie, des experts.')).toContain('city-plovdiv|LOCATED_IN|BG');
    expect(composed('A workshop took place in Graz (Austria) in May.')).toContain('city-graz|LOCATED_IN|AT');
  });

  it('places a national authority in the country its name or adjective names, not an international body', () => {
    expect(composed('Le ministère de la Justice du Maroc a participé.')).toContain('ma-justice|LOCATED_IN|MA');
    expect(composed("Le ministère de l'Intérieur polonais a participé.")).toContain('pl-interior|LOCATED_IN|PL');
    expect(composed("Le Conseil de l'Europe, la France et l'Espagne ont participé.").filter((fact) => fact.includes('LOCATED_IN'))).toEqual([]);
  });

  it('reads a unit of a body, and a name holding another, as part of it', () => {
    expect(composed("La Division des projets du Conseil de l'Europe a publié un guide.")).toContain('coe-projects|PART_OF|coe');
    expect(composed("L'Assemblée générale des Nations Unies a adopté le texte.")).toContain('un-ga|PART_OF|un');
    // A list is not a hierarchy.
    expect(composed("Le Conseil de l'Europe, l'OSCE et les Nations Unies étaient présents.").filter((fact) => fact.includes('PART_OF'))).toEqual([]);
  });

  it('affiliates a person with the body after "de", and the president of a body chairs it', () => {
    expect(composed("« C'est essentiel », a affirmé Jeanne Martin du Conseil de l'Europe.")).toContain('person-jeanne-martin|AFFILIATED_WITH|coe');
    const president = composed('Le Président du GRETA, Paul Durand, a ouvert la réunion.');
    expect(president).toContain('person-paul-durand|AFFILIATED_WITH|greta');
    expect(president).toContain('person-paul-durand|CHAIRS|greta');
    expect(composed('Ana Silva, President of the OSCE, spoke.')).toContain('person-ana-silva|CHAIRS|osce');
  });

  it('reads a country’s presidency of a body', () => {
    expect(composed("La conférence s'est tenue sous la présidence autrichienne de l'OSCE.")).toContain('AT|CHAIRS|osce');
  });
});

describe('events read section by section', () => {
  const document = documentOf([
    { text: 'Atelier sur l’exploitation par le travail, Plovdiv', heading: true },
    { text: '3-4 mai 2023', heading: true },
    {
      text: "Le Conseil de l'Europe, en coopération avec le ministère de la Justice du Maroc, a organisé un atelier de deux jours. Des représentants de la Bulgarie et de l'Espagne ont participé.",
    },
    { text: 'Les intervenants comptaient :' },
    { text: '• Jeanne Martin, juge,' },
    { text: '• Ana Silva, procureure.' },
    { text: 'Conférence sur les demandeurs d’asile, Graz', heading: true },
    { text: '9 juin 2023', heading: true },
    { text: "Le Conseil de l'Europe et l'OSCE ont organisé une conférence. Paul Durand a rappelé les droits des demandeurs d'asile." },
  ]);
  const analysis = analyse(document, gazetteer);
  const events = analysis.proposals.filter((proposal): proposal is EventProposal => proposal.kind === 'event');
  const [first, second] = events;

  it('takes the kind, the day and the place from the section’s headings when the paragraph does not say them', () => {
    expect(events).toHaveLength(2);
    expect(first).toMatchObject({ eventKind: 'workshop', start: '2023-05-03', end: '2023-05-04', place: 'city-plovdiv' });
    expect(second).toMatchObject({ eventKind: 'conference', start: '2023-06-09', place: 'city-graz' });
  });

  it('tells the main organiser from a partner, and several organisers co-organise', () => {
    expect(first?.organisers).toEqual(['coe']);
    expect(first?.partners).toEqual(['ma-justice']);
    expect(first?.participants).toEqual(expect.arrayContaining(['BG', 'ES']));
    expect(second?.organisers).toEqual(['coe', 'osce']);
  });

  it('reads the speakers of a list, and keeps each section’s people and topics to its own event', () => {
    expect(first?.speakers).toEqual(['person-jeanne-martin', 'person-ana-silva']);
    expect(first?.topics).toEqual(['topic-labour']);
    expect(second?.speakers).toEqual(['person-paul-durand']);
    expect(second?.topics).toEqual(['topic-asylum']);
  });

  it('quotes each fact of an event from the passage that states it, within 12 words', () => {
    const quotes = Object.values(first?.quotes ?? {});
    expect(quotes.length).toBeGreaterThan(4);
    for (const quote of quotes) {
      const passage = document.passages.find((candidate) => candidate.order === quote.passage);
      expect(passage?.text).toContain(quote.evidence);
      expect(quote.evidence.split(/\s+/).length).toBeLessThanOrEqual(12);
    }
    // The speakers are quoted from their own list items, not from the event's sentence.
    expect(first?.quotes['SPOKE_AT|person-ana-silva']?.evidence).toContain('Ana Silva');
    expect(first?.quotes['SPOKE_AT|person-ana-silva']?.passage).toBe(6);
    expect(new Set(quotes.map((quote) => quote.evidence)).size).toBeGreaterThan(2);
  });

  it('proposes a new event’s facts with those quotes (the review queue groups them)', () => {
    // A new event's facts are queued from the event proposal; a known event's are proposed at once.
    const known = new Gazetteer([
      ...ENTITIES,
      { id: 'event-plovdiv', label: 'Event', names: ['Atelier de Plovdiv'], acronyms: [], kind: 'workshop', start: '2023-05-03', end: '2023-05-04' },
    ]);
    const facts = relationships(analyse(document, known).proposals);
    const byId = new Map(facts.map((fact) => [fact.relationshipId, fact]));
    expect(byId.get('coe|ORGANISED|event-plovdiv')).toBeDefined();
    expect(byId.get('ma-justice|CO_ORGANISED|event-plovdiv')).toBeDefined();
    expect(byId.get('event-plovdiv|HELD_IN|city-plovdiv')).toBeDefined();
    const spoke = byId.get('person-ana-silva|SPOKE_AT|event-plovdiv');
    expect(spoke?.passage).toBe(6);
    expect(document.passages[5]?.text).toContain(spoke?.evidence);
  });
});

describe('headings of a copied web page', () => {
  it('reads a long title as a heading when a dateline follows it, and a sentence not', () => {
    const title = 'Conférence « Les victimes au centre : vingt ans de coopération judiciaire entre les parquets de la région », Plovdiv';
    const body = 'La conférence a réuni des procureurs de la région. Elle a duré deux jours.';
    const { blocks } = readText(Buffer.from(['Actualités', title, '4 mai 2023', body, 'Un autre paragraphe sans date'].join('\n\n')));
    expect(title.length).toBeGreaterThan(90);
    expect(blocks.map((block) => block.heading)).toEqual([true, true, true, false, true]);
  });
});
