import { describe, expect, it } from 'vitest';
import { toPassages, type ReadDocument } from '../../api/src/ingest/document.js';
import { Gazetteer, type GazetteerEntity } from '../../api/src/ingest/gazetteer.js';
import { analyse, type EventProposal, type RelationshipProposal } from '../../api/src/ingest/proposals.js';

/**
 * Typed relationships stated in free prose (issue 16): cue rules per type in French and English,
 * lists of names ("A, B et C ont signé"), and definite descriptions read as the entity named
 * before them ("ce texte", "the Protocol"). Fictional sentences and entities written for this test.
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
  {
    id: 'interpol',
    label: 'Actor',
    names: ['Organisation internationale de police criminelle'],
    acronyms: ['INTERPOL', 'Interpol'],
    kind: 'intergovernmental organisation',
  },
  { id: 'europol', label: 'Actor', names: ['Office européen de police'], acronyms: ['Europol'], kind: 'agency' },
  { id: 'eu', label: 'Actor', names: ['Union européenne', 'European Union'], acronyms: [], kind: 'intergovernmental organisation' },
  {
    id: 'lakes-group',
    label: 'Actor',
    names: ['Groupe des Lacs contre la traite', 'Lakes Group against Trafficking'],
    acronyms: [],
    kind: 'network',
  },
  { id: 'lakes-initiative', label: 'Actor', names: ['Initiative ministérielle des Lacs'], acronyms: [], kind: 'network' },
  { id: 'lakes-mou', label: 'Instrument', names: ["mémorandum d'accord des Lacs sur la traite"], acronyms: [], kind: 'memorandum of understanding' },
  { id: 'north-protocol', label: 'Instrument', names: ['Northern Protocol on Witness Protection'], acronyms: [], kind: 'protocol' },
  { id: 'lakes-convention', label: 'Instrument', names: ['Convention des Lacs sur les victimes'], acronyms: [], kind: 'convention' },
  {
    id: 'event-lisbon',
    label: 'Event',
    names: ['Conférence de Lisbonne sur la traite', 'Lisbon Conference on Trafficking'],
    acronyms: [],
    kind: 'conference',
    start: '2022-03-02',
  },
  { id: 'frontex', label: 'Actor', names: ['Frontex'], acronyms: [], kind: 'agency' },
  { id: 'city-warsaw', label: 'City', names: ['Varsovie', 'Warsaw'], acronyms: [] },
  { id: 'topic-compensation', label: 'Topic', names: ['indemnisation des victimes', 'compensation of victims'], acronyms: [] },
  { id: 'topic-witnesses', label: 'Topic', names: ['protection des témoins', 'witness protection'], acronyms: [] },
  { id: 'person-jeanne-martin', label: 'Person', names: ['Jeanne Martin'], acronyms: [] },
  { id: 'KE', label: 'Country', names: ['Kenya'], acronyms: [] },
  { id: 'UG', label: 'Country', names: ['Ouganda', 'Uganda'], acronyms: [] },
  { id: 'TZ', label: 'Country', names: ['Tanzanie', 'Tanzania'], acronyms: [] },
  { id: 'NO', label: 'Country', names: ['Norvège', 'Norway'], acronyms: [] },
  { id: 'IS', label: 'Country', names: ['Islande', 'Iceland'], acronyms: [] },
  { id: 'DK', label: 'Country', names: ['Danemark', 'Denmark'], acronyms: [] },
];
const gazetteer = new Gazetteer(ENTITIES);

/** A document of paragraphs, as a reader would give it. */
function documentOf(paragraphs: (string | { heading: string })[], language: 'fr' | 'en'): ReadDocument {
  const { text, passages } = toPassages(
    paragraphs.map((paragraph) =>
      typeof paragraph === 'string' ? { text: paragraph, page: null, heading: false } : { text: paragraph.heading, page: null, heading: true },
    ),
  );
  return {
    text,
    passages,
    metadata: { title: null, publisher: null, published: null, url: null, language, symbol: null, contentHash: 'x', format: 'text', pages: null },
  };
}

/** The typed facts proposed for a text, as from|TYPE|to. */
function facts(paragraphs: string[], language: 'fr' | 'en'): string[] {
  return analyse(documentOf(paragraphs, language), gazetteer)
    .proposals.filter((proposal): proposal is RelationshipProposal => proposal.kind === 'relationship' || proposal.kind === 'provenance')
    .map((proposal) => proposal.relationshipId);
}

describe('definite descriptions read as the entity named before them', () => {
  it('"ce texte" is the memorandum the passage named, and every listed signatory signed it (French)', () => {
    const found = facts(
      [
        "En 2004, un mémorandum d'accord des Lacs sur la traite a été conclu. Après un an de négociations, le Kenya, l'Ouganda et la Tanzanie ont signé ce texte.",
      ],
      'fr',
    );
    expect(found).toEqual(expect.arrayContaining(['KE|SIGNED|lakes-mou', 'UG|SIGNED|lakes-mou', 'TZ|SIGNED|lakes-mou']));
  });

  it('"the Protocol" reaches back to the previous passage, by the instrument’s kind (English)', () => {
    const found = facts(
      ['The Northern Protocol on Witness Protection was drafted in 2009.', 'Norway, Iceland and Denmark have since ratified the Protocol.'],
      'en',
    );
    expect(found).toEqual(expect.arrayContaining(['NO|PARTY_TO|north-protocol', 'IS|PARTY_TO|north-protocol', 'DK|PARTY_TO|north-protocol']));
  });

  it('does not read a description whose head fits nothing named before', () => {
    const found = facts(['Le Kenya a signé ce texte.'], 'fr');
    expect(found.filter((id) => id.includes('SIGNED'))).toEqual([]);
  });
});

describe('cue rules per type, with lists of names', () => {
  it('reads a passive ratification by a list of countries (French)', () => {
    expect(facts(['La Convention des Lacs sur les victimes a été ratifiée par le Kenya, l’Ouganda et la Tanzanie.'], 'fr')).toEqual(
      expect.arrayContaining(['KE|PARTY_TO|lakes-convention', 'UG|PARTY_TO|lakes-convention', 'TZ|PARTY_TO|lakes-convention']),
    );
  });

  it('reads a passive signature (French) and "signed by" (English)', () => {
    expect(facts(["Le mémorandum d'accord des Lacs sur la traite a été signé par l'Initiative ministérielle des Lacs."], 'fr')).toContain(
      'lakes-initiative|SIGNED|lakes-mou',
    );
    expect(facts(['The Northern Protocol on Witness Protection was signed by Norway and Denmark.'], 'en')).toEqual(
      expect.arrayContaining(['NO|SIGNED|north-protocol', 'DK|SIGNED|north-protocol']),
    );
  });

  it('reads the members of a body "composé de" (French) and "made up of" (English)', () => {
    expect(facts(["Le Groupe des Lacs contre la traite est composé d'experts d'INTERPOL et de l'Office européen de police."], 'fr')).toEqual(
      expect.arrayContaining(['interpol|MEMBER_OF|lakes-group', 'europol|MEMBER_OF|lakes-group']),
    );
    expect(facts(['The Lakes Group against Trafficking is made up of Interpol and Europol.'], 'en')).toEqual(
      expect.arrayContaining(['interpol|MEMBER_OF|lakes-group', 'europol|MEMBER_OF|lakes-group']),
    );
  });

  it('reads members listed before "membres de" (French) and "members of" (English)', () => {
    expect(facts(['Le Kenya, l’Ouganda et la Tanzanie, membres du Groupe des Lacs contre la traite, ont débattu.'], 'fr')).toEqual(
      expect.arrayContaining(['KE|MEMBER_OF|lakes-group', 'UG|MEMBER_OF|lakes-group', 'TZ|MEMBER_OF|lakes-group']),
    );
    expect(facts(['Norway and Iceland are members of the Lakes Group against Trafficking.'], 'en')).toEqual(
      expect.arrayContaining(['NO|MEMBER_OF|lakes-group', 'IS|MEMBER_OF|lakes-group']),
    );
  });

  it('reads who took part in a named event (French and English)', () => {
    expect(facts(["Le Conseil de l'Europe a participé à la Conférence de Lisbonne sur la traite."], 'fr')).toContain(
      'coe|PARTICIPATED_IN|event-lisbon',
    );
    expect(facts(['The OSCE took part in the Lisbon Conference on Trafficking.'], 'en')).toContain('osce|PARTICIPATED_IN|event-lisbon');
  });

  it('reads who spoke at a named event (French and English)', () => {
    expect(facts(['Jeanne Martin a pris la parole lors de la Conférence de Lisbonne sur la traite.'], 'fr')).toContain(
      'person-jeanne-martin|SPOKE_AT|event-lisbon',
    );
    expect(facts(['Jeanne Martin spoke at the Lisbon Conference on Trafficking.'], 'en')).toContain('person-jeanne-martin|SPOKE_AT|event-lisbon');
  });

  it('reads a named event organised by several bodies as co-organised by each', () => {
    const found = facts(["La Conférence de Lisbonne sur la traite a été organisée par le Conseil de l'Europe et l'OSCE."], 'fr');
    expect(found).toEqual(expect.arrayContaining(['coe|CO_ORGANISED|event-lisbon', 'osce|CO_ORGANISED|event-lisbon']));
    expect(found).not.toContain('coe|ORGANISED|event-lisbon');
  });
});

describe('what does not state a relationship', () => {
  it('a title is not a chair: "la présidence suisse de l’OSCE" names no body chairing another; "présidée par" does', () => {
    const titles = facts(
      ["La conférence s'est tenue sous la présidence suisse de l'OSCE et la présidence autrichienne du Conseil de l'Europe."],
      'fr',
    );
    expect(titles.filter((id) => id.includes('|CHAIRS|') && !/^[A-Z]{2}\|/.test(id))).toEqual([]);
    expect(facts(['La Conférence de Lisbonne sur la traite a été présidée par la Norvège.'], 'fr')).toContain('NO|CHAIRS|event-lisbon');
  });

  it('"les États membres de l’Union européenne" describes states; it does not make the subject a member', () => {
    const found = facts(["L'OSCE a réuni des représentants de tous les États membres de l'Union européenne."], 'fr');
    expect(found.filter((id) => id.includes('MEMBER_OF'))).toEqual([]);
  });

  it('a name after "de" before the verb qualifies the subject; it is not the subject (French and English)', () => {
    const french = facts(["Frontex, agence de l'Union européenne basée à Varsovie, coordonne les opérations."], 'fr');
    expect(french).toContain('frontex|HEADQUARTERED_IN|city-warsaw');
    expect(french).not.toContain('eu|HEADQUARTERED_IN|city-warsaw');
    // The apposition states that Frontex is part of the Union (composition.ts), not that the Union is based in Warsaw.
    expect(facts(['Frontex, an agency of the European Union based in Warsaw, coordinates operations.'], 'en').sort()).toEqual([
      'frontex|HEADQUARTERED_IN|city-warsaw',
      'frontex|PART_OF|eu',
    ]);
  });

  it('a title or a name holds no statement: "le Président du …", "each Party to the …"', () => {
    const titled = facts(
      ['Le Président du Groupe des Lacs contre la traite, Jeanne Martin, a participé à la Conférence de Lisbonne sur la traite.'],
      'fr',
    );
    expect(titled).not.toContain('lakes-group|CHAIRS|event-lisbon');
    const each = facts(['The Lakes Group against Trafficking draws up reports on each Party to the Northern Protocol on Witness Protection.'], 'en');
    expect(each).not.toContain('lakes-group|PARTY_TO|north-protocol');
  });

  it('reads the body after "siège de" as the one headquartered there', () => {
    const found = facts(["La publication du Conseil de l'Europe a été présentée au siège de l'Office européen de police à Varsovie."], 'fr');
    expect(found).toContain('europol|HEADQUARTERED_IN|city-warsaw');
    expect(found).not.toContain('coe|HEADQUARTERED_IN|city-warsaw');
  });

  it('a copied page’s menu states nothing', () => {
    expect(facts(["• Accueil • Kenya • membre de l'Union européenne • Contact"], 'fr')).toEqual([]);
  });
});

describe('a line announcing the speakers', () => {
  it('keeps the event of its section, so the listed people spoke at it (English)', () => {
    const document = documentOf(
      [
        { heading: 'Lisbon Conference on Trafficking' },
        { heading: '2 March 2022' },
        'The Council of Europe organised a conference in Lisbon.',
        { heading: 'Keynote speakers' },
        '• Jeanne Martin, judge, Council of Europe',
      ],
      'en',
    );
    const event = analyse(document, gazetteer).proposals.find((proposal): proposal is EventProposal => proposal.kind === 'event');
    expect(event?.existing).toBe('event-lisbon');
    expect(event?.speakers).toContain('person-jeanne-martin');
  });
});

describe('what an event and an instrument address', () => {
  const relationshipsOf = (paragraphs: (string | { heading: string })[], language: 'fr' | 'en') =>
    analyse(documentOf(paragraphs, language), gazetteer)
      .proposals.filter((proposal): proposal is RelationshipProposal => proposal.kind === 'relationship')
      .map((proposal) => proposal.relationshipId);

  it('a sentence that opens with an instrument gives it its topics; the event keeps the others and addresses the instrument (French)', () => {
    const found = relationshipsOf(
      [
        { heading: 'Conférence de Lisbonne sur la traite' },
        { heading: '2 mars 2022' },
        "La conférence a porté sur l'indemnisation des victimes. La Convention des Lacs sur les victimes prévoit la protection des témoins.",
      ],
      'fr',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'event-lisbon|ADDRESSES|topic-compensation',
        'lakes-convention|ADDRESSES|topic-witnesses',
        'event-lisbon|ADDRESSES|lakes-convention',
      ]),
    );
    expect(found).not.toContain('event-lisbon|ADDRESSES|topic-witnesses');
  });

  it('the same in English', () => {
    const found = relationshipsOf(
      [
        { heading: 'Lisbon Conference on Trafficking' },
        { heading: '2 March 2022' },
        'The conference discussed compensation of victims. The Northern Protocol on Witness Protection provides for witness protection.',
      ],
      'en',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'event-lisbon|ADDRESSES|topic-compensation',
        'north-protocol|ADDRESSES|topic-witnesses',
        'event-lisbon|ADDRESSES|north-protocol',
      ]),
    );
    expect(found).not.toContain('event-lisbon|ADDRESSES|topic-witnesses');
  });
});

describe('a cooperation stated against the graph’s direction', () => {
  const text = ["L'OSCE travaille en coopération avec le Conseil de l'Europe depuis 2004."];
  const statedFacts = (known: Set<string>) =>
    analyse(documentOf(text, 'fr'), gazetteer, known).proposals.filter(
      (proposal): proposal is RelationshipProposal => proposal.kind === 'relationship' || proposal.kind === 'provenance',
    );

  it('is a new source of the fact the graph holds the other way round, not a second fact', () => {
    const proposals = statedFacts(new Set(['coe|COOPERATES_WITH|osce']));
    const cooperation = proposals.filter((proposal) => proposal.type === 'COOPERATES_WITH');
    expect(cooperation.map((proposal) => [proposal.kind, proposal.relationshipId])).toEqual([['provenance', 'coe|COOPERATES_WITH|osce']]);
  });

  it('keeps the text’s direction when the graph holds no such fact', () => {
    const proposals = statedFacts(new Set());
    expect(proposals.filter((proposal) => proposal.type === 'COOPERATES_WITH').map((proposal) => proposal.relationshipId)).toEqual([
      'osce|COOPERATES_WITH|coe',
    ]);
  });
});
