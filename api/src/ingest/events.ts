import type { EVENT_KINDS, RelationshipType } from '../model/vocabulary.js';
import type { DateMention } from './dates.js';
import type { Passage } from './document.js';
import { evidenceQuote, sentences, type Sentence } from './evidence.js';
import type { Gazetteer, Mention } from './gazetteer.js';
import { w } from './pattern.js';

/** Where an event's fact was read: the passage that states it and a verbatim quote of ≤ 12 words from it. */
export interface FactQuote {
  passage: number;
  evidence: string;
}

export interface EventProposal {
  kind: 'event';
  /** `order` of the passage the event was first read in. */
  passage: number;
  evidence: string;
  confidence: number;
  /** The graph's event this passage is about, when one matches by name or dates. */
  existing: string | null;
  eventKind: (typeof EVENT_KINDS)[number];
  name: string | null;
  start: string | null;
  end: string | null;
  online: boolean;
  place: string | null;
  organisers: string[];
  /** Named after "en coopération avec", "in partnership with": co-organisers beside a main organiser. */
  partners: string[];
  participants: string[];
  speakers: string[];
  topics: string[];
  /** Organised jointly ("conjointement par", "co-organised"): organisers become co-organisers. */
  jointly: boolean;
  /** Each fact's own quote and passage, by `TYPE|entity id`, so a group of facts does not cite the event's words. */
  quotes: Record<string, FactQuote>;
}

const EVENT_WORDS: [RegExp, EventProposal['eventKind']][] = [
  [w(/\b(?:side[- ]event|événement parallèle|évènement parallèle|evenement parallele)s?\b/iu), 'side event'],
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
  // A kind word last: "le premier évènement", "the event" name an event without saying which kind.
  [w(/\b(?:événement|évènement|evenement|event|manifestation)s?\b/iu), 'other'],
];
const ONLINE = w(/\b(?:en ligne|online|virtual|virtuel(?:le)?|visioconférence|videoconference|video conference|webinar|webinaire)\b/iu);
export const JOINTLY = w(/\b(?:conjointement|co-?organis\p{L}*|co-?organiz\p{L}*|jointly|together|commun|conjoint\p{L}*|joint)\b/iu);
export const ORGANISING = w(/\b(?:co-?organis|co-?organiz|organis|organiz|convened|convoqu|a accueilli|hosted)/iu);
/** After the organising verb: the organisers follow ("organisé conjointement par le Conseil de l'Europe et l'OSCE"). */
const BY = w(/\b(?:par|by)\b/iu);
/** Co-organisers beside the main one: "en coopération avec", "in partnership with", "conjointement avec". */
const PARTNER = w(
  /\b(?:en coopération avec|en collaboration avec|en partenariat avec|conjointement avec|in co-?operation with|in partnership with|in collaboration with|together with|jointly with|avec|with)\b/iu,
);
const PARTICIPATING = w(
  /\b(?:participants?|particip\p{L}*|attended|représentants?|representatives?|délégations?|delegations?|a réuni|ont réuni|a rassemblé|ont rassemblé|brought together|gathered|issus de|venus de|experts? (?:de|du|des|from)|pays|countries)\b/iu,
);
export const SPEECH = w(
  /\b(?:a déclaré|a ajouté|a souligné|a rappelé|a indiqué|a affirmé|a expliqué|a insisté|a ouvert|a présenté|said|stated|added|noted|stressed|underlined|explained|opened|discours|speech|keynote|intervenants?|orateurs?|oratrices?|speakers?|panel\p{L}*|a pris la parole|ont pris la parole|took the floor|modér\p{L}*|moderat\p{L}*)\b/iu,
);
/** The people a sentence names as authors ("préparée par le professeur X") did not speak. */
const AUTHORED = w(/\b(?:préparé\p{L}*|rédigé\p{L}*|prepared|written|authored|publié\p{L}*|published)\s+(?:par|by)\b/iu);

export function eventKindOf(text: string): EventProposal['eventKind'] | null {
  for (const [pattern, kind] of EVENT_WORDS) if (pattern.test(text)) return kind;
  return null;
}

/** The heading lines that open a section ("Conférence … , Sofia" then "23-24 juin 2015"): what they say dates and places the section's event. */
export interface Section {
  headings: { passage: Passage; mentions: Mention[]; cued: Map<string, Sentence> }[];
  day: DateMention | null;
  kind: EventProposal['eventKind'] | null;
}

export function newSection(): Section {
  return { headings: [], day: null, kind: null };
}

/** The known event a day names: same start and end (a one-day date also matches a one-day event). */
function eventOnDay(gazetteer: Gazetteer, day: DateMention): string | undefined {
  for (const entity of gazetteer.entities.values())
    if (entity.label === 'Event' && entity.start === day.from && (entity.end ?? null) === (day.to ?? null)) return entity.id;
  return undefined;
}

/**
 * The event a passage reports: a kind word and a day (or a known event named), completed by its
 * section's headings (the title's kind, the dateline's day). Its organisers, participants, speakers,
 * topics and place are added by `contribute`, passage by passage.
 */
export function eventOf(
  passage: Passage,
  mentions: Mention[],
  dates: DateMention[],
  gazetteer: Gazetteer,
  section: Section | null,
): EventProposal | null {
  const kind = eventKindOf(passage.text) ?? section?.kind ?? null;
  const named = mentions.find((mention) => mention.label === 'Event') ?? null;
  const days = dates.filter((date) => date.precision === 'day');
  const day = days[0] ?? section?.day ?? null;
  if (!named && !(kind && day)) return null;
  // A day names the event better than a name in passing ("lors de la 16e conférence de l'Alliance").
  const byDate = [...days, ...(section?.day ? [section.day] : [])].map((date) => eventOnDay(gazetteer, date)).find(Boolean);
  const existing = byDate ?? named?.entityId ?? null;
  const anchor = days[0] ?? named ?? { start: 0, end: 0 };
  return {
    kind: 'event',
    passage: passage.order,
    existing,
    eventKind: kind ?? ((existing && (gazetteer.entities.get(existing)?.kind as EventProposal['eventKind'] | undefined)) || 'other'),
    name: named && named.entityId === existing ? named.text : null,
    start: day?.from ?? null,
    end: day?.to ?? null,
    online: ONLINE.test(passage.text),
    ...unfilled(),
    evidence: evidenceQuote(passage.text, anchor.start, anchor.end),
    confidence: existing ? 0.85 : day ? 0.7 : 0.55,
  };
}

/** An event's place and roles before the passage's sentences fill them (fresh lists each time). */
function unfilled(): Pick<EventProposal, 'place' | 'organisers' | 'partners' | 'participants' | 'speakers' | 'topics' | 'jointly' | 'quotes'> {
  return { place: null, organisers: [], partners: [], participants: [], speakers: [], topics: [], jointly: false, quotes: {} };
}

/** Every kind of event a text names ("deux réunions … et un séminaire" → meeting, seminar). */
function kindsIn(text: string): Set<EventProposal['eventKind']> {
  return new Set(EVENT_WORDS.filter(([pattern]) => pattern.test(text)).map(([, kind]) => kind));
}

/**
 * Known events a sentence names by a month or a year and their kind ("a tenu deux réunions à New
 * York en 2007", "à Vienne, en avril 2009 et janvier 2010"): the graph's events of that kind that
 * start (and end) exactly then. A report names many past events this way, several in a sentence.
 */
export function eventsByPeriod(passage: Passage, sentence: Sentence, dates: DateMention[], gazetteer: Gazetteer): EventProposal[] {
  const kinds = kindsIn(sentence.text);
  if (kinds.size === 0) return [];
  const found: EventProposal[] = [];
  for (const date of dates) {
    if (date.precision === 'day' || date.start < sentence.start || date.end > sentence.end) continue;
    for (const entity of gazetteer.entities.values()) {
      if (entity.label !== 'Event' || entity.start !== date.from || (entity.end ?? null) !== (date.to ?? null)) continue;
      if (!kinds.has(entity.kind as EventProposal['eventKind'])) continue;
      found.push({
        kind: 'event',
        passage: passage.order,
        existing: entity.id,
        eventKind: entity.kind as EventProposal['eventKind'],
        name: null,
        start: date.from,
        end: date.to ?? null,
        online: ONLINE.test(sentence.text),
        ...unfilled(),
        evidence: evidenceQuote(passage.text, date.start, date.end),
        confidence: 0.6,
      });
    }
  }
  return found;
}

/** The entities of the mentions inside a sentence. */
function inSentence(mentions: Mention[], sentence: Sentence): Mention[] {
  return mentions.filter((mention) => mention.start >= sentence.start && mention.end <= sentence.end);
}

/** Drops a name that only qualifies the one before it ("la Division anti-traite du Conseil de l'Europe"). */
function heads(text: string, mentions: Mention[]): Mention[] {
  return mentions.filter((mention, index) => {
    const previous = mentions[index - 1];
    return !previous || !/^\s*(?:de\s+la|de\s+l['’]|du|des|de|d['’]|of\s+the|of)\s*$/iu.test(text.slice(previous.end, mention.start));
  });
}

/** A name after a preposition is a complement ("à l'invitation des autorités du Maroc"), not the subject of the verb. */
function governed(text: string, mention: Mention): boolean {
  return /(?:^|\s|['’])(?:de|du|des|d|à|au|aux|par|pour|sur|dans|of|by|for|at|to|in|en|from|on)(?:\s+|['’])(?:la\s+|le\s+|les\s+|l['’]\s*|the\s+)?$/iu.test(
    text.slice(Math.max(0, mention.start - 16), mention.start),
  );
}

/** The names listed one after the other from an offset ("par le Conseil de l'Europe, le HCR et l'OSCE"), until the list ends. */
function chainAfter(text: string, mentions: Mention[], from: number): Mention[] {
  const chain: Mention[] = [];
  for (const mention of mentions) {
    if (mention.start < from) continue;
    const previous = chain.at(-1);
    const gap = text.slice(previous?.end ?? from, mention.start);
    const joined = previous
      ? /^\s*(?:\([^)]*\))?\s*(?:,|et|and|ainsi que|as well as)\s*(?:l['’]|la|le|les|the)?\s*$/iu.test(gap)
      : /^\s*(?:par|by)?\s*(?:l['’]|la|le|les|the)?\s*$/iu.test(gap.replace(/^[\p{L}]+/u, ''));
    if (!joined) break;
    chain.push(mention);
  }
  return chain;
}

const ROLE_OF: Record<'organisers' | 'partners' | 'participants' | 'speakers' | 'topics', RelationshipType> = {
  organisers: 'ORGANISED',
  partners: 'CO_ORGANISED',
  participants: 'PARTICIPATED_IN',
  speakers: 'SPOKE_AT',
  topics: 'ADDRESSES',
};

/**
 * Adds what one passage says of an event: organisers (the subjects of an organising verb, or who
 * follows its "par"/"by"), partners ("en coopération avec"), participants (where a sentence speaks
 * of participants, representatives, countries), speakers (people in a sentence of speech, or listed
 * after "Les intervenants comptaient :"), topics (named or cued) and the first city. Each with the
 * quote of the passage that states it.
 */
export function contribute(event: EventProposal, passage: Passage, mentions: Mention[], cued: Map<string, Sentence>, speakersListed: boolean): void {
  const text = passage.text;
  const quote = (mention: { start: number; end: number }, around?: number) =>
    evidenceQuote(text, Math.min(mention.start, around ?? mention.start), Math.max(mention.end, around ?? mention.end));
  const add = (role: keyof typeof ROLE_OF, id: string, at: { start: number; end: number }, around?: number) => {
    if (event[role].includes(id)) return;
    if (role !== 'topics' && role !== 'speakers' && [...event.organisers, ...event.partners, ...event.participants].includes(id)) return;
    event[role].push(id);
    event.quotes[`${ROLE_OF[role]}|${id}`] ??= { passage: passage.order, evidence: quote(at, around) };
  };
  if (ONLINE.test(text)) event.online = true;
  for (const sentence of sentences(text)) {
    const local = inSentence(mentions, sentence);
    const bodies = heads(
      text,
      local.filter((mention) => mention.label === 'Actor' || mention.label === 'Country'),
    );
    const verb = ORGANISING.exec(sentence.text);
    if (verb) {
      const at = sentence.start + verb.index;
      const by = BY.exec(text.slice(at, sentence.end));
      const byAt = by ? at + by.index : -1;
      const partnerCue = PARTNER.exec(sentence.text);
      const partnerAt = partnerCue ? sentence.start + partnerCue.index : -1;
      // "X (, en coopération avec Y,) a organisé", "organisé par X et Y (en coopération avec Z)", "X a organisé conjointement avec Y".
      const listed = by ? chainAfter(text, bodies, byAt) : [];
      const side = (mention: Mention) => (by ? listed.includes(mention) : mention.end <= at && !governed(text, mention));
      const partner = (mention: Mention) =>
        partnerAt >= 0 && mention.start > partnerAt && mention.start - partnerAt < 40 + (partnerCue?.[0].length ?? 0);
      for (const mention of bodies) {
        if (partner(mention)) add('partners', mention.entityId, mention, at);
        else if (side(mention)) add('organisers', mention.entityId, mention, at);
      }
      if (JOINTLY.test(sentence.text)) event.jointly = true;
    }
    const gathering = PARTICIPATING.exec(sentence.text);
    if (gathering) {
      const cueAt = sentence.start + gathering.index;
      for (const mention of bodies.filter((m) => m.start > cueAt || !verb)) add('participants', mention.entityId, mention);
    }
    const speaking = (SPEECH.test(sentence.text) || speakersListed) && !AUTHORED.test(sentence.text);
    if (speaking) for (const mention of local.filter((m) => m.label === 'Person')) add('speakers', mention.entityId, mention);
    for (const mention of local.filter((m) => m.label === 'Topic')) add('topics', mention.entityId, mention);
  }
  for (const [id, sentence] of cued) add('topics', id, sentence);
  const city = mentions.find((mention) => mention.label === 'City');
  if (city && !event.place) {
    event.place = city.entityId;
    event.quotes[`HELD_IN|${city.entityId}`] ??= { passage: passage.order, evidence: quote(city) };
  }
}

/** The organiser type of an event's organisers: co-organised when several organise it or it says "jointly". */
function organiserType(event: EventProposal): RelationshipType {
  return event.jointly || event.organisers.length > 1 ? 'CO_ORGANISED' : 'ORGANISED';
}

/** A fact of an event with its own quote and passage (the event's when the fact has none of its own). */
export interface EventFact {
  type: RelationshipType;
  from: string;
  to: string;
  evidence: string;
  passage: number;
}

/** The facts an event proposal states about its event (`existing`, or a placeholder id for a new one), each quoting its own passage. */
export function eventFacts(event: EventProposal): EventFact[] {
  if (!event.existing) return [];
  const id = event.existing;
  const quoted = (role: RelationshipType, other: string, fact: Omit<EventFact, 'evidence' | 'passage'>): EventFact => ({
    ...fact,
    ...(event.quotes[`${role}|${other}`] ?? { passage: event.passage, evidence: event.evidence }),
  });
  const organised = organiserType(event);
  return [
    ...event.organisers.map((from) => quoted('ORGANISED', from, { type: organised, from, to: id })),
    ...event.partners.map((from) => quoted('CO_ORGANISED', from, { type: 'CO_ORGANISED', from, to: id })),
    ...(event.place ? [quoted('HELD_IN', event.place, { type: 'HELD_IN', from: id, to: event.place })] : []),
    ...event.participants.map((from) => quoted('PARTICIPATED_IN', from, { type: 'PARTICIPATED_IN', from, to: id })),
    ...event.speakers.map((from) => quoted('SPOKE_AT', from, { type: 'SPOKE_AT', from, to: id })),
    ...event.topics.map((to) => quoted('ADDRESSES', to, { type: 'ADDRESSES', from: id, to })),
  ];
}
