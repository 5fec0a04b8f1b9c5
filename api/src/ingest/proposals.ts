import { relationshipId } from '../seed/validate.js';
import type { EVENT_KINDS, NodeLabel, RelationshipType } from '../model/vocabulary.js';
import { findDates, headingYear, type DateMention } from './dates.js';
import type { ReadDocument } from './document.js';
import { evidenceQuote, sentences, type Sentence } from './evidence.js';
import { learnAbbreviations, type Gazetteer, type IntroducedName, type Mention } from './gazetteer.js';
import { fold } from './text.js';
import { TopicCues } from './topics.js';

/** What every proposal carries: where it was read, a verbatim quote of ≤ 12 words, and how sure the reading is. */
interface ProposalBase {
  /** `order` of the passage it comes from. */
  passage: number;
  evidence: string;
  confidence: number;
}

export interface EntityProposal extends ProposalBase {
  kind: 'entity';
  label: Extract<NodeLabel, 'Actor' | 'Event' | 'Instrument' | 'Person' | 'Programme'>;
  name: string;
  acronym?: string;
  language: 'fr' | 'en';
  /** Existing entities with a close name, for the reviewer's "same as". */
  sameAs: { id: string; similarity: number }[];
}

export interface EventProposal extends ProposalBase {
  kind: 'event';
  /** The graph's event this passage is about, when one matches by name or dates. */
  existing: string | null;
  eventKind: (typeof EVENT_KINDS)[number];
  name: string | null;
  start: string | null;
  end: string | null;
  online: boolean;
  place: string | null;
  organisers: string[];
  participants: string[];
  speakers: string[];
  topics: string[];
  /** Organised jointly ("conjointement par", "co-organised"): organisers become co-organisers. */
  jointly: boolean;
}

export interface RelationshipProposal extends ProposalBase {
  kind: 'relationship' | 'provenance';
  type: RelationshipType;
  from: string;
  to: string;
  /** from|TYPE|to, the identity of the fact (seed/validate.ts). A 'provenance' proposal restates a known fact. */
  relationshipId: string;
}

export type Proposal = EntityProposal | EventProposal | RelationshipProposal;

/** A mention placed in its passage. */
export interface PassageMention extends Mention {
  passage: number;
}

export interface PassageDate extends DateMention {
  passage: number;
}

/** The reading of a whole document: mentions, dates and proposals, ready for review. */
export interface Analysis {
  mentions: PassageMention[];
  dates: PassageDate[];
  proposals: Proposal[];
}

/** Relationships that the graph already holds between the entities of a document (from|TYPE|to ids). */
export type KnownFacts = Set<string>;

const BOUNDARY = '(?:(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}])|(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}]))';
/** `\b` that knows accented letters (JavaScript's does not, even with the u flag: "Comité\b" fails). */
function w(regex: RegExp): RegExp {
  return new RegExp(regex.source.replaceAll('\\b', BOUNDARY), regex.flags);
}

const EVENT_WORDS: [RegExp, EventProposal['eventKind']][] = [
  [w(/\b(?:side[- ]event|événement parallèle|evenement parallele)\b/iu), 'side event'],
  [w(/\b(?:round[- ]table|table[- ]ronde)s?\b/iu), 'round table'],
  [w(/\b(?:workshop|atelier)s?\b/iu), 'workshop'],
  [w(/\b(?:conference|conférence)s?\b/iu), 'conference'],
  [w(/\b(?:seminar|séminaire)s?\b/iu), 'seminar'],
  [w(/\b(?:training|formation)s?\b/iu), 'training'],
  [w(/\b(?:consultation)s?\b/iu), 'consultation'],
  [w(/\b(?:campaign|campagne)s?\b/iu), 'campaign'],
  [w(/\b(?:session)s?\b/iu), 'session'],
  [w(/\b(?:visit|visite)s?\b/iu), 'visit'],
  [w(/\b(?:meeting|réunion|rencontre|forum|summit|sommet)s?\b|\bse sont réunis\b|\bmet\b/iu), 'meeting'],
];
const ONLINE = w(/\b(?:en ligne|online|virtual|virtuel(?:le)?|visioconférence|videoconference|video conference|webinar|webinaire)\b/iu);
const JOINTLY = w(/\b(?:conjointement|co-?organis\p{L}*|co-?organiz\p{L}*|jointly|together)\b/iu);
const ORGANISING = w(/\b(?:organis|organiz|convened|convoqu|a accueilli|hosted)/iu);

interface Rule {
  type: RelationshipType;
  trigger: RegExp;
  /** Triggers after which the subject comes ("funded by X", "organisé par X"). */
  passive?: RegExp;
  from: NodeLabel[];
  to: NodeLabel[];
}

/** The statements Liaison reads, typed from the vocabulary (model/vocabulary.ts), with the ends each type admits. */
const RULES: Rule[] = [
  { type: 'SIGNED', trigger: w(/\bsign(?:é|e|és|ée|ed|ature|ataire|atory|ing)s?\b/iu), from: ['Country', 'Actor'], to: ['Instrument'] },
  {
    type: 'PARTY_TO',
    trigger: w(/\b(?:ratifi\p{L}*|adhér\p{L}*|acced\p{L}*|accession|partie à|parties à|party to|parties to|a adhéré)\b/iu),
    from: ['Country', 'Actor'],
    to: ['Instrument'],
  },
  {
    type: 'MEMBER_OF',
    trigger: w(/\b(?:membres? de|members? of|member states? of|États membres d|a rejoint|joined)\b/iu),
    from: ['Country', 'Actor'],
    to: ['Actor'],
  },
  {
    type: 'FUNDED',
    trigger: w(/\b(?:financ\p{L}*|fund\p{L}*|avec le soutien|with the support|grâce au soutien|soutien financier)\b/iu),
    passive: w(/\b(?:par|by|de|of)\b/iu),
    from: ['Actor', 'Country'],
    to: ['Programme', 'Event', 'Actor'],
  },
  {
    type: 'COOPERATES_WITH',
    trigger: w(
      /\b(?:en coopération avec|coopération avec|co-?operation with|in co-?operation with|en partenariat avec|partenariat avec|partnership with|together with|conjointement avec|jointly with)\b/iu,
    ),
    from: ['Actor', 'Country'],
    to: ['Actor', 'Country'],
  },
  { type: 'MONITORS', trigger: w(/\b(?:surveill\p{L}*|monitor\p{L}*|suivi de la mise en œuvre)\b/iu), from: ['Actor'], to: ['Instrument'] },
  { type: 'EVALUATED', trigger: w(/\b(?:évalu\p{L}*|evaluat\p{L}*|country visit|visite d'évaluation)\b/iu), from: ['Actor'], to: ['Country'] },
  {
    type: 'PART_OF',
    trigger: w(
      /\b(?:dans le cadre d\p{L}*|au titre d\p{L}*|within the framework of|under the|as part of|part of|fait partie d\p{L}*|relevant d\p{L}*)\b/iu,
    ),
    from: ['Event', 'Programme', 'Actor'],
    to: ['Programme', 'Actor', 'Event'],
  },
  { type: 'ORGANISED', trigger: ORGANISING, passive: w(/\b(?:par|by)\b/iu), from: ['Actor', 'Country'], to: ['Event'] },
  { type: 'ADOPTED', trigger: w(/\b(?:adopt\p{L}*)\b/iu), passive: w(/\b(?:par|by)\b/iu), from: ['Actor', 'Country'], to: ['Instrument'] },
  {
    type: 'CHAIRS',
    trigger: w(/\b(?:présid\p{L}*|chair\p{L}*|presid\p{L}*)\b/iu),
    passive: w(/\b(?:par|by)\b/iu),
    from: ['Country', 'Actor', 'Person'],
    to: ['Actor', 'Event'],
  },
];

const SUBJECT_WINDOW = 160;

/** "Petya Nestorova, secrétaire exécutive de la Convention du Conseil de l'Europe": a person and the body named in their title. */
function affiliations(text: string, sentence: Sentence, mentions: Mention[]): { type: RelationshipType; from: Mention; to: Mention; at: number }[] {
  const local = inSentence(mentions, sentence);
  return local.flatMap((person) => {
    if (person.label !== 'Person') return [];
    const body = local.find((mention) => mention.label === 'Actor' && mention.start > person.end && mention.start - person.end < 120);
    if (!body || !/^\s*[,(]/.test(text.slice(person.end, person.end + 3))) return [];
    return [{ type: 'AFFILIATED_WITH' as const, from: person, to: body, at: person.end }];
  });
}

/** The entities of the mentions inside a sentence, by label. */
function inSentence(mentions: Mention[], sentence: Sentence): Mention[] {
  return mentions.filter((mention) => mention.start >= sentence.start && mention.end <= sentence.end);
}

/**
 * Statements of a sentence typed by the rules: the subject is the nearest mention of an admitted
 * label before the trigger (after it in the passive), the object the nearest after it.
 */
function statements(text: string, sentence: Sentence, mentions: Mention[]): { type: RelationshipType; from: Mention; to: Mention; at: number }[] {
  const found: { type: RelationshipType; from: Mention; to: Mention; at: number }[] = [];
  const local = inSentence(mentions, sentence);
  if (local.length < 2) return found;
  for (const rule of RULES) {
    const trigger = rule.trigger.exec(sentence.text);
    if (!trigger) continue;
    const at = sentence.start + trigger.index;
    const after = sentence.start + trigger.index + trigger[0].length;
    const following = text.slice(after, after + 12);
    const passive = rule.passive?.test(following.split(/\s+/).slice(0, 2).join(' ')) ?? false;
    const before = local.filter((mention) => mention.end <= at && at - mention.end < SUBJECT_WINDOW).reverse();
    const later = local.filter((mention) => mention.start >= after);
    const [subjects, objects] = passive ? [later, before] : [before, later];
    let from = subjects.find((mention) => rule.from.includes(mention.label));
    let to = objects.find((mention) => rule.to.includes(mention.label) && mention.entityId !== from?.entityId);
    // "coopération entre le Conseil de l'Europe et l'OSCE", "suivi par le GRETA de la mise en œuvre de la Convention":
    // both ends after the trigger, in reading order.
    if (!from || !to) {
      const [first, ...rest] = later.filter((mention) => rule.from.includes(mention.label));
      const second =
        first &&
        [...rest, ...later].find((mention) => mention.start > first.start && rule.to.includes(mention.label) && mention.entityId !== first.entityId);
      if (first && second) [from, to] = [first, second];
    }
    if (from && to) found.push({ type: rule.type, from, to, at });
    // "Le Maroc et la Tunisie ont signé …": every listed subject states the same fact.
    for (const other of subjects.filter((mention) => mention !== from && rule.from.includes(mention.label) && mention.label === from?.label)) {
      const between = text.slice(Math.min(other.end, from?.end ?? 0), Math.max(other.start, from?.start ?? 0));
      if (to && /^\s*(?:,|et|and|ainsi que|as well as)\s*(?:l[ae]s?\s|l['’]|the\s)?\s*$/iu.test(between))
        found.push({ type: rule.type, from: other, to, at });
    }
  }
  return found;
}

const NEW_NAME_HEADS = w(
  /\b(?:Ministère|Ministry|Office|Agence|Agency|Commission|Comité|Committee|Conseil|Council|Groupe?|Association|Fondation|Foundation|Organi[sz]ation|Institut[e]?|Direction|Department|Département|Network|Réseau|Unit|Unité|Bureau|Cour|Court|Parlement|Parliament|Assemblée|Assembly|Tribunal|Authority|Autorité|Centre|Center|Secrétariat|Secretariat|Observatoire|Observatory|Programme|Program|Project|Projet|Convention|Protocole?|Directive|Résolution|Resolution|Déclaration|Declaration|Plan d['’]action|Action Plan|Memorandum|Mémorandum|Stratégie|Strategy|Conférence|Conference|Séminaire|Seminar|Workshop|Atelier|Forum|Sommet|Summit)\b/gu,
);
const PERSON = w(
  /\b(?:M\.|Mme|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Judge|Juge|Ambassador|Ambassadeur|Ambassadrice|Professor|Professeur[e]?|Prof\.)\s+((?:\p{Lu}[\p{L}'’-]+\s?){1,3})/gu,
);

function labelOfHead(head: string): EntityProposal['label'] {
  const folded = fold(head);
  if (/^(programme|program|project|projet)/.test(folded)) return 'Programme';
  if (/^(convention|protocol|directive|resolution|declaration|plan|action plan|memorandum|strategie|strategy)/.test(folded)) return 'Instrument';
  if (/^(conference|seminaire|seminar|workshop|atelier|forum|sommet|summit)/.test(folded)) return 'Event';
  return 'Actor';
}

/** The capitalised name a head word starts ("Ministère de la Justice", "National Commission for …"), or null. */
function nameAt(text: string, head: number): { start: number; end: number } | null {
  // English puts qualifiers before the head: "National Anti-Trafficking Commission".
  const left = /((?:\p{Lu}[\p{L}-]*\s+){0,3})$/u.exec(text.slice(Math.max(0, head - 60), head));
  const start = head - (left?.[1]?.length ?? 0);
  const right =
    /^[\p{L}'’-]+(?:\s+(?:(?:de|du|des|d['’]|la|le|les|l['’]|of|the|for|on|against|contre|pour|sur|en|in|and|et)\s*)*(?:\p{Lu}[\p{L}'’-]*|[\p{Ll}][\p{L}'’-]*(?=\s+(?:de|du|des|d['’]|contre|pour|of|for|on|against)\s)|\d+))*/u.exec(
      text.slice(head),
    );
  if (!right) return null;
  const end = head + right[0].replace(/\s+(?:de|du|des|la|le|les|of|the|for|on|and|et|in|en)$/iu, '').length;
  const name = text.slice(start, end);
  return name.split(/\s+/).length >= 2 && /\p{Lu}/u.test(name.charAt(0)) ? { start, end } : null;
}

/** Names that look like organisations, events, instruments or people and match nothing in the graph. */
function newEntities(
  passage: ReadDocument['passages'][number],
  mentions: Mention[],
  introduced: IntroducedName[],
  gazetteer: Gazetteer,
  language: 'fr' | 'en',
): EntityProposal[] {
  const proposals: EntityProposal[] = [];
  const covered = (start: number, end: number) =>
    mentions.some((mention) => mention.start <= start && mention.end >= end - 1) || proposals.some((p) => p.name === passage.text.slice(start, end));
  const add = (start: number, end: number, label: EntityProposal['label'], confidence: number, acronym?: string) => {
    const name = passage.text.slice(start, end).trim();
    if (covered(start, end) || name.length < 4) return;
    proposals.push({
      kind: 'entity',
      passage: passage.order,
      label,
      name,
      ...(acronym ? { acronym } : {}),
      language,
      sameAs: gazetteer.closest(name),
      evidence: evidenceQuote(passage.text, start, end),
      confidence,
    });
  };
  for (const name of introduced) {
    const start = passage.text.indexOf(name.name);
    if (start >= 0)
      add(start, start + name.name.length, labelOfHead(name.name.split(/\s+/).find((word) => NEW_NAME_HEADS.test(word)) ?? ''), 0.7, name.acronym);
    NEW_NAME_HEADS.lastIndex = 0;
  }
  for (const match of passage.text.matchAll(NEW_NAME_HEADS)) {
    if (!/\p{Lu}/u.test(match[0].charAt(0))) continue;
    // A head word inside a known name ("Groupe" in "Groupe d'experts" → GRETA) is not a new name.
    if (mentions.some((mention) => mention.start <= match.index && mention.end > match.index)) continue;
    const span = nameAt(passage.text, match.index);
    if (!span) continue;
    const article = /^(?:(?:Le|La|Les|L['’]|The|A|An|Un|Une)\s*)+/u.exec(passage.text.slice(span.start, span.end));
    const start = span.start + (article?.[0].length ?? 0);
    if (passage.text.slice(start, span.end).split(/\s+/).length >= 2) add(start, span.end, labelOfHead(match[0]), 0.55);
  }
  for (const match of passage.text.matchAll(PERSON)) {
    const name = (match[1] ?? '').trim();
    const start = match.index + match[0].indexOf(name);
    if (name.split(/\s+/).length >= 2) add(start, start + name.length, 'Person', 0.6);
  }
  return proposals;
}

function eventKindOf(text: string): EventProposal['eventKind'] | null {
  for (const [pattern, kind] of EVENT_WORDS) if (pattern.test(text)) return kind;
  return null;
}

/** The event a passage reports: a kind word and a day (or a known event named), with place, format and the entities around it. */
function eventOf(passage: ReadDocument['passages'][number], mentions: Mention[], dates: DateMention[], gazetteer: Gazetteer): EventProposal | null {
  const kind = eventKindOf(passage.text);
  const named = mentions.find((mention) => mention.label === 'Event');
  const day = dates.find((date) => date.precision === 'day');
  if (!named && !(kind && day)) return null;
  const byDate = day
    ? [...gazetteer.entities.values()].find(
        (entity) => entity.label === 'Event' && entity.start === day.from && (entity.end ?? null) === (day.to ?? null),
      )
    : undefined;
  const existing = named?.entityId ?? byDate?.id ?? null;
  const ofLabel = (...labels: NodeLabel[]) => [
    ...new Set(mentions.filter((mention) => labels.includes(mention.label)).map((mention) => mention.entityId)),
  ];
  const organising = sentences(passage.text).filter((sentence) => ORGANISING.test(sentence.text));
  const organisers = [
    ...new Set(
      organising
        .flatMap((sentence) => inSentence(mentions, sentence))
        .filter((m) => m.label === 'Actor')
        .map((m) => m.entityId),
    ),
  ];
  const place = mentions.find((mention) => mention.label === 'City') ?? null;
  const anchor = day ?? named ?? { start: 0, end: 0 };
  return {
    kind: 'event',
    passage: passage.order,
    existing,
    eventKind: kind ?? ((existing && (gazetteer.entities.get(existing)?.kind as EventProposal['eventKind'] | undefined)) || 'other'),
    name: named?.text ?? null,
    start: day?.from ?? null,
    end: day?.to ?? null,
    online: ONLINE.test(passage.text),
    place: place?.entityId ?? null,
    organisers,
    participants: ofLabel('Actor', 'Country').filter((id) => !organisers.includes(id)),
    speakers: ofLabel('Person'),
    topics: ofLabel('Topic'),
    jointly: organising.some((sentence) => JOINTLY.test(sentence.text)) || JOINTLY.test(passage.text),
    evidence: evidenceQuote(passage.text, anchor.start, anchor.end),
    confidence: existing ? 0.85 : day && place ? 0.7 : 0.55,
  };
}

const SPEECH = w(/\b(?:a déclaré|a ajouté|a souligné|a rappelé|a indiqué|a affirmé|said|stated|added|noted|stressed|underlined)\b/iu);

/** Completes an event proposal with what another passage says of the same event. */
function mergeEvent(into: EventProposal, other: EventProposal): void {
  into.start ??= other.start;
  into.end ??= other.start === into.start ? other.end : into.end;
  into.place ??= other.place;
  into.online ||= other.online;
  into.jointly ||= other.jointly;
  into.name ??= other.name;
  for (const key of ['organisers', 'participants', 'speakers', 'topics'] as const) into[key] = [...new Set([...into[key], ...other[key]])];
  into.participants = into.participants.filter((id) => !into.organisers.includes(id));
}

/** The facts an event proposal states about a known event, as relationships (organiser, place, participants, topics). */
export function eventFacts(event: EventProposal): { type: RelationshipType; from: string; to: string }[] {
  if (!event.existing) return [];
  const id = event.existing;
  return [
    ...event.organisers.map((from) => ({ type: event.jointly ? ('CO_ORGANISED' as const) : ('ORGANISED' as const), from, to: id })),
    ...(event.place ? [{ type: 'HELD_IN' as const, from: id, to: event.place }] : []),
    ...event.participants.map((from) => ({ type: 'PARTICIPATED_IN' as const, from, to: id })),
    ...event.speakers.map((from) => ({ type: 'SPOKE_AT' as const, from, to: id })),
    ...event.topics.map((to) => ({ type: 'ADDRESSES' as const, from: id, to })),
  ];
}

/**
 * Reads a document against the gazetteer: learns the abbreviations it introduces, finds mentions
 * and dates in each passage (a year in a heading dates what follows), and proposes new entities,
 * events, typed relationships, and provenance for facts the graph already holds. Pure: no I/O.
 */
export function analyse(document: ReadDocument, base: Gazetteer, known: KnownFacts = new Set()): Analysis {
  const { learnt, introduced } = learnAbbreviations(
    document.passages.map((passage) => passage.text),
    base,
  );
  const gazetteer = learnt.length > 0 ? base.withLearnt(learnt) : base;
  const cues = new TopicCues(gazetteer);
  const analysis: Analysis = { mentions: [], dates: [], proposals: [] };
  const seen = new Set<string>();
  const events = new Map<string, EventProposal>();
  let main: EventProposal | null = null;
  let year = document.metadata.published ? Number(document.metadata.published.slice(0, 4)) : undefined;
  for (const passage of document.passages) {
    if (passage.heading) year = headingYear(passage.text) ?? year;
    const mentions = gazetteer.match(passage.text);
    const dates = findDates(passage.text, year);
    analysis.mentions.push(...mentions.map((mention) => ({ ...mention, passage: passage.order })));
    analysis.dates.push(...dates.map((date) => ({ ...date, passage: passage.order })));
    const own = introduced.filter((name) => passage.text.includes(name.name));
    for (const proposal of newEntities(passage, mentions, own, gazetteer, document.metadata.language)) {
      const key = `entity|${fold(proposal.name)}`;
      if (!seen.has(key)) analysis.proposals.push(proposal);
      seen.add(key);
    }
    // Topics the passage paraphrases (not named): an event's topics, quoted from the sentence that cues them.
    const cued = passage.heading ? new Map<string, Sentence>() : cues.match(sentences(passage.text));
    const found = passage.heading ? null : eventOf(passage, mentions, dates, gazetteer);
    if (found) found.topics = [...new Set([...found.topics, ...cued.keys()])];
    let event = found;
    if (found) {
      const key = `event|${found.existing ?? `${found.start}|${found.eventKind}`}`;
      const earlier = events.get(key);
      if (earlier) mergeEvent(earlier, found);
      else {
        events.set(key, found);
        analysis.proposals.push(found);
      }
      event = earlier ?? found;
      // The event being reported: later passages without an event of their own continue it.
      if (event.existing) main = event;
    } else if (main) {
      // A news item reports one event at a time: the topics and speakers of the passages that
      // follow it are that event's, and so is the first city they name when it had none.
      const speaking = SPEECH.test(passage.text);
      const city = main.place ? null : (mentions.find((mention) => mention.label === 'City')?.entityId ?? null);
      if (city) main.place = city;
      event = {
        ...main,
        organisers: [],
        participants: [],
        place: city,
        topics: [...new Set([...mentions.filter((mention) => mention.label === 'Topic').map((mention) => mention.entityId), ...cued.keys()])],
        speakers: speaking ? mentions.filter((mention) => mention.label === 'Person').map((mention) => mention.entityId) : [],
        evidence: evidenceQuote(passage.text, 0, 0),
      };
    }
    const facts = [
      ...sentences(passage.text).flatMap((sentence) =>
        [...statements(passage.text, sentence, mentions), ...affiliations(passage.text, sentence, mentions)].map((statement) => ({
          type: statement.type,
          from: statement.from.entityId,
          to: statement.to.entityId,
          evidence: evidenceQuote(passage.text, Math.min(statement.from.start, statement.at), Math.max(statement.to.end, statement.at)),
          confidence: Math.round(Math.min(statement.from.confidence, statement.to.confidence) * 0.75 * 100) / 100,
        })),
      ),
      ...(event
        ? eventFacts(event).map((fact) => {
            // Quote the words about the other end when this passage names it, else the event's quote.
            const otherId = fact.from === event.existing ? fact.to : fact.from;
            const other = mentions.find((mention) => mention.entityId === otherId) ?? cued.get(otherId);
            return {
              ...fact,
              evidence: other ? evidenceQuote(passage.text, other.start, other.end) : event.evidence,
              confidence: event === found ? 0.6 : 0.45,
            };
          })
        : []),
    ];
    for (const fact of facts) {
      const id = relationshipId(fact);
      if (seen.has(id)) continue;
      seen.add(id);
      analysis.proposals.push({ kind: known.has(id) ? 'provenance' : 'relationship', passage: passage.order, relationshipId: id, ...fact });
    }
  }
  return analysis;
}
