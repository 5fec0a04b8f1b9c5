import { randomUUID } from 'node:crypto';
import { suggestionCreateBody, type SuggestionCreateBody } from '../contract/curation.js';
import type { ChangeActor } from '../curation/audit.js';
import { createSuggestion } from '../curation/suggestions.js';
import type { Transaction } from '../db/driver.js';
import { endsAllowed } from '../model/relationship-ends.js';
import type { EVENT_KINDS, NodeLabel } from '../model/vocabulary.js';
import { datesInWords } from './date-words.js';
import type { Gazetteer } from './gazetteer.js';
import { eventFacts, type EntityProposal, type EventProposal, type Proposal, type RelationshipProposal } from './proposals.js';

/** One suggestion to queue, with what ties it to the others of its group. */
interface Queued {
  body: SuggestionCreateBody;
  group: string | null;
  proposes: string | null;
  candidates: { id: string; similarity: number }[];
  /** The passage that states it, when not the proposal's own (a fact of an event read in a later passage). */
  passage?: number;
}

/** The labels of the ends of a fact: the graph's entities, and the new entity of the group when it names its placeholder. */
type LabelOf = (id: string) => NodeLabel | undefined;

/**
 * The suggestion for a relationship proposal: the same write an editor would make (POST
 * /api/relationships, which appends provenance when the fact exists), sourced to the document with
 * the passage's quote. Null when the model does not admit the ends or the body is not valid.
 */
export function suggestionFor(
  proposal: Pick<RelationshipProposal, 'type' | 'from' | 'to' | 'evidence' | 'confidence' | 'kind'>,
  sourceId: string,
  labelOf: LabelOf,
): SuggestionCreateBody | null {
  const from = labelOf(proposal.from);
  const to = labelOf(proposal.to);
  if (!from || !to || !endsAllowed(proposal.type, from, to)) return null;
  const provenance = { source: sourceId, evidence: proposal.evidence };
  const note = `Proposed by document ingestion (${proposal.kind === 'provenance' ? 'a known fact stated again' : 'a new fact'}, confidence ${proposal.confidence}).`;
  const parsed = suggestionCreateBody.safeParse({
    change: { action: 'create-relationship', body: { type: proposal.type, from: proposal.from, to: proposal.to, provenance, note } },
    provenance,
    note,
  });
  return parsed.success ? parsed.data : null;
}

/** The kind an Actor or Instrument must have, from the head word of its name (the reviewer may edit it later). */
function kindOf(label: EntityProposal['label'], name: string): string | undefined {
  if (label === 'Actor')
    return /minist|commission nationale|national commission|authority|autorit|police|parquet|prosecut|agence nationale|national agency/i.test(name)
      ? 'national authority'
      : 'other';
  if (label === 'Instrument') {
    if (/^convention/i.test(name)) return 'convention';
    if (/^protoc/i.test(name)) return 'protocol';
    if (/plan d['’]action|action plan/i.test(name)) return 'action plan';
    if (/^directive/i.test(name)) return 'directive';
    if (/^r[ée]solution/i.test(name)) return 'resolution';
    if (/^d[ée]claration/i.test(name)) return 'declaration';
    if (/^m[ée]morandum/i.test(name)) return 'memorandum of understanding';
    return 'other';
  }
  return undefined;
}

/** The create-entity suggestion of a new name, or null when the seed's schema refuses it (an Event needs its date). */
function entitySuggestion(proposal: EntityProposal, sourceId: string): SuggestionCreateBody | null {
  const { language } = proposal;
  const properties: Record<string, string> = { [`name_${language}`]: proposal.name };
  const kind = kindOf(proposal.label, proposal.name);
  if (kind) properties.kind = kind;
  if (proposal.acronym && proposal.label === 'Actor') properties[`acronym_${language}`] = proposal.acronym;
  const provenance = { source: sourceId, evidence: proposal.evidence };
  const note = `Proposed by document ingestion (a name the graph does not know, confidence ${proposal.confidence}).`;
  const parsed = suggestionCreateBody.safeParse({
    change: { action: 'create-entity', body: { label: proposal.label, properties, provenance, note } },
    provenance,
    note,
  });
  return parsed.success ? parsed.data : null;
}

const KIND_NAMES: Record<'fr' | 'en', Record<(typeof EVENT_KINDS)[number], string>> = {
  en: {
    workshop: 'Workshop',
    conference: 'Conference',
    seminar: 'Seminar',
    meeting: 'Meeting',
    'side event': 'Side event',
    'round table': 'Round table',
    campaign: 'Campaign',
    training: 'Training',
    consultation: 'Consultation',
    session: 'Session',
    visit: 'Visit',
    other: 'Event',
  },
  fr: {
    workshop: 'Atelier',
    conference: 'Conférence',
    seminar: 'Séminaire',
    meeting: 'Réunion',
    'side event': 'Événement parallèle',
    'round table': 'Table ronde',
    campaign: 'Campagne',
    training: 'Formation',
    consultation: 'Consultation',
    session: 'Session',
    visit: 'Visite',
    other: 'Événement',
  },
};

/** A name for an event the document reports without naming it: "Workshop in Sofia, 8–9 November 2017". */
function eventName(event: EventProposal, language: 'fr' | 'en', gazetteer: Gazetteer): string {
  const place = event.place ? gazetteer.entities.get(event.place)?.names[0] : undefined;
  const where = place ? (language === 'fr' ? ` à ${place}` : ` in ${place}`) : '';
  const when = event.start ? `, ${datesInWords(event.start, event.end ?? undefined, language)}` : '';
  return `${KIND_NAMES[language][event.eventKind]}${where}${when}`;
}

/**
 * A new event and its relationships, proposed together: the event is a create-entity suggestion
 * whose placeholder id the relationships name until it is accepted (then they name its real id).
 */
function eventGroup(event: EventProposal, sourceId: string, language: 'fr' | 'en', gazetteer: Gazetteer): Queued[] {
  if (event.existing || !event.start) return [];
  const placeholder = `proposed-${randomUUID()}`;
  const properties: Record<string, string | boolean> = {
    [`name_${language}`]: event.name ?? eventName(event, language, gazetteer),
    kind: event.eventKind,
    start: event.start,
    online: event.online,
  };
  if (event.end) properties.end = event.end;
  const provenance = { source: sourceId, evidence: event.evidence };
  const note = `Proposed by document ingestion (an event the graph does not hold, confidence ${event.confidence}).`;
  const parsed = suggestionCreateBody.safeParse({
    change: { action: 'create-entity', body: { label: 'Event', properties, provenance, note } },
    provenance,
    note,
  });
  if (!parsed.success) return [];
  const labelOf: LabelOf = (id) => (id === placeholder ? 'Event' : gazetteer.entities.get(id)?.label);
  // Each fact cites its own words and sits beside the passage that states them (not the event's
  // quote); the group still ties them to the event (rejecting it rejects them).
  const facts = eventFacts({ ...event, existing: placeholder }).flatMap((fact): Queued[] => {
    const body = suggestionFor({ ...fact, confidence: event.confidence, kind: 'relationship' }, sourceId, labelOf);
    return body ? [{ body, group: placeholder, proposes: null, candidates: [], passage: fact.passage }] : [];
  });
  return [{ body: parsed.data, group: placeholder, proposes: placeholder, candidates: [] }, ...facts];
}

/** The suggestions a proposal becomes; none when the review queue cannot express it (it stays a Proposal node). */
function queuedFor(proposal: Proposal, sourceId: string, language: 'fr' | 'en', gazetteer: Gazetteer): Queued[] {
  if (proposal.kind === 'event') return eventGroup(proposal, sourceId, language, gazetteer);
  if (proposal.kind === 'entity') {
    const body = entitySuggestion(proposal, sourceId);
    if (!body) return [];
    const placeholder = `proposed-${randomUUID()}`;
    return [{ body, group: placeholder, proposes: placeholder, candidates: proposal.sameAs }];
  }
  const body = suggestionFor(proposal, sourceId, (id) => gazetteer.entities.get(id)?.label);
  return body ? [{ body, group: null, proposes: null, candidates: [] }] : [];
}

/**
 * Sends the proposals to the review queue inside the ingestion's transaction, each tagged with its
 * document and passage (and its group: a new entity or event with the facts that name it). Returns,
 * per proposal index, the ids of the suggestions it became (the first is the proposal's own).
 */
export async function queueSuggestions(
  tx: Transaction,
  actor: ChangeActor,
  proposals: Proposal[],
  context: { sourceId: string; language: 'fr' | 'en'; passageId: (order: number) => string; gazetteer: Gazetteer },
): Promise<Map<number, string[]>> {
  const queued = new Map<number, string[]>();
  for (const [index, proposal] of proposals.entries()) {
    const ids: string[] = [];
    for (const item of queuedFor(proposal, context.sourceId, context.language, context.gazetteer)) {
      const { suggestion } = await createSuggestion(tx, actor, item.body);
      await tx.run('ingest-link-suggestion', {
        id: suggestion.id,
        source: context.sourceId,
        passage: context.passageId(item.passage ?? proposal.passage),
        confidence: proposal.confidence,
        kind: proposal.kind,
        group: item.group,
        proposes: item.proposes,
        candidates: JSON.stringify(item.candidates),
      });
      ids.push(suggestion.id);
    }
    if (ids.length > 0) queued.set(index, ids);
  }
  return queued;
}
