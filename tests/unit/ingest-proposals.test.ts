import { describe, expect, it } from 'vitest';
import { Gazetteer, type GazetteerEntity } from '../../api/src/ingest/gazetteer.js';
import { analyse, type EventProposal, type RelationshipProposal } from '../../api/src/ingest/proposals.js';
import { readDocument } from '../../api/src/ingest/readers/index.js';
import { asPlainText, ENGLISH, FRENCH } from '../fixtures/ingest/texts.js';

/** Proposals are pure functions of a document and a gazetteer: checked here without a database. */
const ENTITIES: GazetteerEntity[] = [
  { id: 'coe', label: 'Actor', names: ['Council of Europe', "Conseil de l'Europe"], acronyms: ['CoE'] },
  { id: 'greta', label: 'Actor', names: ['Group of Experts on Action against Trafficking in Human Beings'], acronyms: ['GRETA'] },
  { id: 'unodc', label: 'Actor', names: ['United Nations Office on Drugs and Crime'], acronyms: ['UNODC', 'ONUDC'] },
  { id: 'eu', label: 'Actor', names: ['European Union', 'Union européenne'], acronyms: [] },
  { id: 'MA', label: 'Country', names: ['Morocco', 'Maroc'], acronyms: [] },
  { id: 'BG', label: 'Country', names: ['Bulgaria', 'Bulgarie'], acronyms: [] },
  { id: 'city-strasbourg', label: 'City', names: ['Strasbourg'], acronyms: [] },
  { id: 'city-sofia', label: 'City', names: ['Sofia'], acronyms: [] },
  { id: 'cets-197', label: 'Instrument', names: ["Convention du Conseil de l'Europe sur la lutte contre la traite des êtres humains"], acronyms: [] },
  { id: 'topic-victim-identification', label: 'Topic', names: ['victim identification'], acronyms: [] },
  {
    id: 'event-sofia',
    label: 'Event',
    names: ['Sofia workshop on identification'],
    acronyms: [],
    kind: 'workshop',
    start: '2017-11-08',
    end: '2017-11-09',
  },
];
const gazetteer = new Gazetteer(ENTITIES);

async function analysed(text: string, known: Set<string> = new Set()) {
  const document = await readDocument(Buffer.from(text));
  return { document, analysis: analyse(document, gazetteer, known) };
}

describe('analyse', () => {
  it('proposes a new event with its kind, dates, place and organiser (French)', async () => {
    const { analysis } = await analysed(asPlainText(FRENCH));
    const event = analysis.proposals.find((proposal): proposal is EventProposal => proposal.kind === 'event');
    expect(event).toMatchObject({
      existing: null,
      eventKind: 'seminar',
      start: '2021-11-15',
      end: '2021-11-16',
      place: 'city-strasbourg',
      online: false,
    });
    expect(event?.organisers).toEqual(['coe']);
  });

  it('links a known event by its dates and turns its facts into proposals (English)', async () => {
    const { analysis } = await analysed(asPlainText(ENGLISH));
    const event = analysis.proposals.find((proposal): proposal is EventProposal => proposal.kind === 'event');
    expect(event).toMatchObject({ existing: 'event-sofia', start: '2017-11-08', end: '2017-11-09', place: 'city-sofia' });
    const facts = analysis.proposals
      .filter((proposal): proposal is RelationshipProposal => proposal.kind === 'relationship')
      .map((fact) => fact.relationshipId);
    expect(facts).toContain('event-sofia|HELD_IN|city-sofia');
    expect(facts).toContain('event-sofia|ADDRESSES|topic-victim-identification');
    expect(facts).toContain('coe|COOPERATES_WITH|unodc');
  });

  it('types statements from the vocabulary, and a fact the graph holds becomes provenance', async () => {
    const fresh = await analysed(asPlainText(FRENCH));
    const ratification = fresh.analysis.proposals.find(
      (proposal) => proposal.kind === 'relationship' && proposal.relationshipId === 'MA|PARTY_TO|cets-197',
    );
    expect(ratification).toBeDefined();
    const again = await analysed(asPlainText(FRENCH), new Set(['MA|PARTY_TO|cets-197']));
    const restated = again.analysis.proposals.filter(
      (proposal) => 'relationshipId' in proposal && proposal.relationshipId === 'MA|PARTY_TO|cets-197',
    );
    expect(restated.map((proposal) => proposal.kind)).toEqual(['provenance']);
  });

  it('quotes at most 12 words, verbatim from the passage', async () => {
    for (const text of [FRENCH, ENGLISH]) {
      const { document, analysis } = await analysed(asPlainText(text));
      for (const proposal of analysis.proposals) {
        expect(proposal.evidence.split(/\s+/).length).toBeLessThanOrEqual(12);
        expect(document.passages[proposal.passage - 1]?.text).toContain(proposal.evidence);
        expect(proposal.confidence).toBeGreaterThan(0);
        expect(proposal.confidence).toBeLessThanOrEqual(1);
      }
    }
  });

  it('proposes unknown organisations with the closest known ones as "same as"', async () => {
    const { analysis } = await analysed(asPlainText(ENGLISH));
    const commission = analysis.proposals.find((proposal) => proposal.kind === 'entity' && proposal.name.startsWith('National Commission'));
    expect(commission).toMatchObject({ label: 'Actor', language: 'en' });
    const ministry = (await analysed(asPlainText(FRENCH))).analysis.proposals.find(
      (proposal) => proposal.kind === 'entity' && proposal.name.startsWith('Ministère'),
    );
    expect(ministry).toMatchObject({ label: 'Actor', name: 'Ministère de la Justice du Royaume du Maroc' });
  });
});
