import { describe, expect, it } from 'vitest';
import { Gazetteer, learnAbbreviations, nameBefore, type GazetteerEntity } from '../../api/src/ingest/gazetteer.js';

/** Entities written for this test, shaped like the graph's (names in both languages, acronyms). */
const ENTITIES: GazetteerEntity[] = [
  { id: 'coe', label: 'Actor', names: ['Council of Europe', "Conseil de l'Europe"], acronyms: ['CoE'] },
  {
    id: 'greta',
    label: 'Actor',
    names: ['Group of Experts on Action against Trafficking in Human Beings', "Groupe d'experts sur la lutte contre la traite des êtres humains"],
    acronyms: ['GRETA'],
  },
  { id: 'un', label: 'Actor', names: ['United Nations', 'Nations Unies'], acronyms: ['UN', 'ONU'] },
  { id: 'eu', label: 'Actor', names: ['European Union', 'Union européenne'], acronyms: ['EU', 'UE'] },
  { id: 'MA', label: 'Country', names: ['Morocco', 'Maroc'], acronyms: [] },
  { id: 'city-geneve', label: 'City', names: ['Geneva', 'Genève'], acronyms: [] },
  { id: 'topic-victim-protection', label: 'Topic', names: ['victim protection', 'protection des victimes'], acronyms: [] },
];
const gazetteer = new Gazetteer(ENTITIES);
const linked = (text: string, g = gazetteer) => g.match(text).map((mention) => [text.slice(mention.start, mention.end), mention.entityId]);

describe('Gazetteer.match', () => {
  it('matches names whatever the case, accents and typographic apostrophes', () => {
    expect(linked('Le CONSEIL DE L’EUROPE à GENEVE')).toEqual([
      ['CONSEIL DE L’EUROPE', 'coe'],
      ['GENEVE', 'city-geneve'],
    ]);
    expect(linked('à Genève et au conseil de l’europe')).toEqual([
      ['Genève', 'city-geneve'],
      ['conseil de l’europe', 'coe'],
    ]);
  });

  it('tolerates possessives, plural and feminine endings, and word order', () => {
    // The mention ends with the name; the possessive is read, not highlighted.
    expect(linked("the Council of Europe's experts")).toEqual([['Council of Europe', 'coe']]);
    expect(linked('the Council of Europe’s GRETA').map(([, id]) => id)).toEqual(['coe', 'greta']);
    expect(linked('les Nations unies')).toEqual([['Nations unies', 'un']]);
    expect(linked('l’union européennes')).toEqual([['union européennes', 'eu']]);
    // "the protection of victims" is the French name's word order: found by name.
    expect(gazetteer.match('the protection of victims').map((mention) => [mention.entityId, mention.via])).toEqual([
      ['topic-victim-protection', 'name'],
    ]);
    const english = new Gazetteer([{ id: 'topic-victim-protection', label: 'Topic', names: ['victim protection'], acronyms: [] }]);
    const reordered = english.match('the protection of victims');
    expect(reordered.map((mention) => [mention.entityId, mention.via])).toEqual([['topic-victim-protection', 'word-order']]);
    expect(reordered[0]?.confidence).toBeLessThan(english.match('victim protection')[0]?.confidence ?? 0);
  });

  it('matches acronyms with their capitals only', () => {
    expect(linked('GRETA and the CoE met the UN; l’ONU aussi')).toEqual([
      ['GRETA', 'greta'],
      ['CoE', 'coe'],
      ['UN', 'un'],
      ['ONU', 'un'],
    ]);
    // "un" and "ue" are French words, not the UN or the EU.
    expect(linked('un rapport et une coopération')).toEqual([]);
  });

  it('prefers the longest name and keeps mentions apart', () => {
    expect(linked('Groupe d’experts sur la lutte contre la traite des êtres humains du Conseil de l’Europe')).toEqual([
      ['Groupe d’experts sur la lutte contre la traite des êtres humains', 'greta'],
      ['Conseil de l’Europe', 'coe'],
    ]);
  });

  it('does not join words across sentence punctuation', () => {
    expect(linked('Le conseil. De l’Europe viennent des experts')).toEqual([]);
  });

  it('offers the closest existing entities for an unknown name', () => {
    expect(gazetteer.closest('Council of Europe Office')[0]?.id).toBe('coe');
  });
});

describe('abbreviations introduced in the text', () => {
  it('learns the long name of a known acronym for this document', () => {
    const text = 'Le Conseil de l’Europe et le Groupe d’experts (GRETA) ont publié un rapport. Le Groupe d’experts a visité le Maroc.';
    const { learnt } = learnAbbreviations([text], gazetteer);
    expect(learnt).toEqual([{ text: 'Groupe d’experts', entityId: 'greta', acronym: false }]);
    const mentions = linked(text, gazetteer.withLearnt(learnt));
    expect(mentions.filter(([, id]) => id === 'greta').map(([words]) => words)).toEqual(['Groupe d’experts', 'GRETA', 'Groupe d’experts']);
    // The base gazetteer is unchanged: what one document introduces stays with it.
    expect(linked('Le Groupe d’experts a visité le Maroc.')).toEqual([['Maroc', 'MA']]);
  });

  it('learns a new acronym of a known name', () => {
    const text = 'The Council of Europe (CE) met. Later the CE published.';
    const { learnt } = learnAbbreviations([text], gazetteer);
    expect(learnt).toEqual([{ text: 'CE', entityId: 'coe', acronym: true }]);
    expect(linked(text, gazetteer.withLearnt(learnt)).map(([, id]) => id)).toEqual(['coe', 'coe', 'coe']);
  });

  it('reports a name and acronym the graph does not know', () => {
    const { introduced, learnt } = learnAbbreviations(['The National Referral Mechanism for Victims (NRMV) was set up.'], gazetteer);
    expect(learnt).toEqual([]);
    expect(introduced.map(({ name, acronym }) => [name, acronym])).toEqual([['National Referral Mechanism for Victims', 'NRMV']]);
  });

  it('finds the name before the bracket, not the verb or a listed name', () => {
    const text = 'le Conseil a invité le Groupe d’experts (GRETA)';
    const span = nameBefore(text, text.indexOf('('));
    expect(span && text.slice(span.start, span.end)).toBe('Groupe d’experts');
  });
});

describe('names qualified by another body', () => {
  // Written for this test: a UN office known by a short title too, a UN council, two Council of Europe bodies and an OSCE office.
  const bodies = new Gazetteer([
    ...ENTITIES,
    {
      id: 'un-sg',
      label: 'Actor',
      names: [
        'Secretary-General of the United Nations',
        "Secrétaire général de l'Organisation des Nations Unies",
        'Secrétaire général',
        'Secretary-General',
      ],
      acronyms: [],
    },
    { id: 'un-hrc', label: 'Actor', names: ['Human Rights Council', "Conseil des droits de l'homme"], acronyms: ['HRC'] },
    { id: 'coe-dg', label: 'Actor', names: ["Direction générale des droits de l'Homme"], acronyms: [] },
    { id: 'coe-division', label: 'Actor', names: ['Division anti-traite'], acronyms: [] },
    {
      id: 'odihr',
      label: 'Actor',
      names: [
        "Bureau des institutions démocratiques et des droits de l'homme de l'OSCE",
        "Bureau des institutions démocratiques et des droits de l'homme",
      ],
      acronyms: ['BIDDH'],
    },
  ]);
  const ids = (text: string) => bodies.match(text).map((mention) => mention.entityId);

  it('does not read a short title followed by another body as the office its longer name qualifies', () => {
    expect(ids("Le Secrétaire général du Conseil de l'Europe a ouvert la réunion.")).toEqual(['coe']);
    expect(ids('The Secretary-General of the Council of Europe spoke.')).toEqual(['coe']);
    // The body of its longer name, named in full or by an acronym, or no body at all: the office.
    expect(ids("Le Secrétaire général de l'ONU a présenté le rapport.")).toContain('un-sg');
    expect(ids('The Secretary-General of the United Nations spoke.')).toContain('un-sg');
    expect(ids('Le Secrétaire général a présenté le rapport.')).toEqual(['un-sg']);
    // A deputy's or an assistant's title is another post.
    expect(ids('Lakshmi Puri, Assistant Secretary-General of the United Nations')).toEqual(['un']);
    expect(ids('le Secrétaire général adjoint a présenté le rapport')).toEqual([]);
    // A name that is no shortening of a longer one keeps its qualifier ("the division of the Council of Europe").
    expect(ids("la Division anti-traite du Conseil de l'Europe")).toEqual(['coe-division', 'coe']);
  });

  it('does not read a reordered name that ends on the first word of another name', () => {
    expect(ids("la Direction générale des droits de l'Homme du Conseil de l'Europe")).toEqual(['coe-dg', 'coe']);
    expect(ids("la Direction des droits de l'homme du Conseil de l'Europe")).not.toContain('un-hrc');
    // Reordered names still match where no other name begins on their last word.
    expect(ids("les droits de l'homme du Conseil réunis à Genève")).toContain('un-hrc');
  });

  it('links the OSCE office by its name without "de l\'OSCE", not as human rights or the Council', () => {
    expect(ids("en coopération avec le Bureau des institutions démocratiques et des droits de l'homme (BIDDH).")).toEqual(['odihr', 'odihr']);
    expect(ids('les questions de parité et le Bureau des institutions démocratiques et des droits de l’homme. L’Équipe')).toEqual(['odihr']);
  });
});
