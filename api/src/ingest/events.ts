import type { EVENT_KINDS, RelationshipType } from '../model/vocabulary.js';
import { foldAligned, type DateMention } from './dates.js';
import type { Passage } from './document.js';
import { evidenceQuote, sentences, type Sentence } from './evidence.js';
import type { Gazetteer, Mention } from './gazetteer.js';
import { ORDINAL, ordinalValue } from './ordinals.js';
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
  [w(/\b(?:seminar|séminaire|webinar|webinaire)s?\b/iu), 'seminar'],
  [w(/\b(?:training|formation)s?\b/iu), 'training'],
  [w(/\b(?:consultation)s?\b/iu), 'consultation'],
  [w(/\b(?:campaign|campagne)s?\b/iu), 'campaign'],
  [w(/\b(?:session)s?\b/iu), 'session'],
  [w(/\b(?:visit|visite)s?\b/iu), 'visit'],
  [w(/\b(?:meeting|réunion|rencontre|forum|summit|sommet)s?\b|\bse sont réunis\b|\bmet\b/iu), 'meeting'],
  // A kind word last: "le premier évènement", "the event" name an event without saying which kind.
  [w(/\b(?:événement|évènement|evenement|event|manifestation)s?\b/iu), 'other'],
];
const ONLINE = w(/\b(?:en ligne|online|virtual|virtuel(?:le)?|visioconférence|videoconference|video conference|webinar|webinaire)\b/giu);
/** An event held online is said so beside its kind or its being held ("à Strasbourg et en ligne pour la plus grande réunion"), not of a course or a platform. */
const HELD = w(
  /\b(?:s['’]est tenue?|se sont tenue?s|s['’]est déroulée?|a eu lieu|ont eu lieu|aura lieu|se sont réunis|réuni\p{L}*|held|took place|will take place|met)\b/iu,
);
/** How near (in characters) an online cue must be to the event's kind word or verb. */
const ONLINE_REACH = 60;

/** Whether a text says that the event it reports was held online: a cue in a sentence, near a kind word or a verb of holding. */
function heldOnline(text: string): boolean {
  return sentences(text).some((sentence) =>
    [...sentence.text.matchAll(ONLINE)].some((cue) => {
      const around = sentence.text.slice(Math.max(0, cue.index - ONLINE_REACH), cue.index + cue[0].length + ONLINE_REACH);
      return /^(?:webinar|webinaire|visioconférence|videoconference)/iu.test(cue[0]) || eventKindOf(around) !== null || HELD.test(around);
    }),
  );
}
/** A news item's dateline that puts it online ("En ligne 1 Mars 2021"): the occasion it reports was held online. */
const ONLINE_DATELINE = /^(?:en ligne|online)\s*,?\s*(?:\d{1,2}(?:er)?\s+)?\p{L}+\.?\s+\d{4}\b/iu;
export const JOINTLY = w(/\b(?:conjointement|co-?organis\p{L}*|co-?organiz\p{L}*|jointly|together|commun|conjoint\p{L}*|joint)\b/iu);
export const ORGANISING = w(/\b(?:co-?organis|co-?organiz|organis|organiz|convened|convoqu|a accueilli|hosted)/iu);
/** Each organising verb of a sentence; the nouns ("Organisation des Nations Unies", "organisateurs") are no verbs. */
const ORGANISING_EACH = new RegExp(`(?:${ORGANISING.source})(?!ations?\\b|ateurs?\\b|atrices?\\b|ers?\\b)`, `${ORGANISING.flags}g`);
/** After the organising verb: the organisers follow ("organisé conjointement par le Conseil de l'Europe et l'OSCE"). */
const BY_AFTER_VERB = w(/^[\p{L}-]*(?:\s+[\p{L}\p{N}'’]+){0,5}?\s+(?:par|by)\b/iu);
/** Co-organisers beside the main one: "en coopération avec", "in partnership with", "conjointement avec". */
const PARTNER = w(
  /\b(?:en coopération avec|en collaboration avec|en partenariat avec|conjointement avec|in co-?operation with|in partnership with|in collaboration with|together with|jointly with|avec|with)\b/iu,
);
const PARTICIPATING = w(
  /\b(?:participants?|particip\p{L}*|attended|représentants?|representatives?|délégations?|delegations?|a réuni|ont réuni|a rassemblé|ont rassemblé|brought together|gathered|issus de|venus de|experts? (?:de|du|des|from)|pays|countries)\b/iu,
);
export const SPEECH = w(
  /\b(?:(?:a|ont) (?:déclaré|ajouté|souligné|rappelé|indiqué|affirmé|expliqué|insisté|ouvert|présenté)|said|stated|added|noted|stressed|underlined|explained|opened|discours|speech|keynote|intervenants?|orateurs?|oratrices?|speakers?|panel\p{L}*|a pris la parole|ont pris la parole|took the floor|modér\p{L}*|moderat\p{L}*)\b/iu,
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
  /**
   * The first city a passage of the section names ("deux évènements parallèles … pendant la 26e
   * session … à Genève"): the place of the section's later events that name none themselves.
   */
  place: (FactQuote & { id: string }) | null;
  /** A dateline put the section online ("En ligne 1 Mars 2021"): the first event it reports, named without a city, was held online. */
  online: boolean;
}

export function newSection(): Section {
  return { headings: [], day: null, kind: null, place: null, online: false };
}

/** The known event a day names: same start and end (a one-day date also matches a one-day event). */
function eventOnDay(gazetteer: Gazetteer, day: DateMention): string | undefined {
  for (const entity of gazetteer.entities.values())
    if (entity.label === 'Event' && entity.start === day.from && (entity.end ?? null) === (day.to ?? null)) return entity.id;
  return undefined;
}

/** Words that place an event inside another: "pendant la 26e session", "at the 58th Session", "en marge de la cinquième session". */
const FRAME = w(
  /\b(?:pendant|durant|lors d\p{L}*|à l['’]occasion d\p{L}*|en marge d\p{L}*|à|au|during|at|on the (?:margins?|sidelines) of|in the margins? of)\s+(?:la|le|l['’]|the)?\s*$/iu,
);

/** Whether a name is written as the setting of another event ("organisés pendant la 26e session du Conseil"). */
function framing(text: string, mention: Mention): boolean {
  return FRAME.test(text.slice(Math.max(0, mention.start - 30), mention.start));
}

/** The months a day or range of days falls in: how the graph dates a session or an event that holds others. */
function monthsOf(day: DateMention): Pick<DateMention, 'from' | 'to'> {
  const from = day.from.slice(0, 7);
  const to = (day.to ?? day.from).slice(0, 7);
  return to === from ? { from } : { from, to };
}

/** A date of the passage that is a known event's own (any precision): "… qui se tiendra à Vienne en octobre 2010". */
function ownDate(gazetteer: Gazetteer, id: string, dates: DateMention[]): DateMention | undefined {
  const entity = gazetteer.entities.get(id);
  return dates.find((date) => date.from === entity?.start && (date.to ?? null) === (entity.end ?? null));
}

/**
 * The event a passage reports: a kind word and a day (or a known event named), completed by its
 * section's headings (the title's kind, the dateline's day). Its organisers, participants, speakers,
 * topics and place are added by `contribute`, passage by passage. A known event named as the
 * setting of the passage's own ("deux évènements parallèles … pendant la 26e session") is dated by
 * the month of that day, and is no event of the passage without one. A passage that names no city
 * takes the one an earlier passage of its section named.
 */
export function eventOf(
  passage: Passage,
  mentions: Mention[],
  dates: DateMention[],
  gazetteer: Gazetteer,
  section: Section | null,
): EventProposal | null {
  const ownKind = eventKindOf(passage.text);
  const kind = ownKind ?? section?.kind ?? null;
  const named = mentions.find((mention) => mention.label === 'Event') ?? null;
  const days = dates.filter((date) => date.precision === 'day');
  const day = days[0] ?? section?.day ?? null;
  const city = mentions.find((mention) => mention.label === 'City');
  if (section && city) section.place ??= { id: city.entityId, passage: passage.order, evidence: evidenceQuote(passage.text, city.start, city.end) };
  if (section && ONLINE_DATELINE.test(passage.text)) section.online = true;
  if (!named && !(kind && day)) return null;
  // A day names the event better than a name in passing ("lors de la 16e conférence de l'Alliance").
  const byDate = [...days, ...(section?.day ? [section.day] : [])].map((date) => eventOnDay(gazetteer, date)).find(Boolean);
  const existing = byDate ?? named?.entityId ?? null;
  const namedKind = named ? gazetteer.entities.get(named.entityId)?.kind : undefined;
  // The named event holds the passage's event: its dates are the months of that event's day, if any.
  const frame = !byDate && named && framing(passage.text, named) && ownKind !== null && ownKind !== namedKind;
  if (frame && !day) return null;
  const held = named ? ownDate(gazetteer, named.entityId, dates) : undefined;
  // A session lasts weeks: a day read beside it dates what it holds, and the session by its month.
  const dated = byDate || !named ? day : (held ?? (day && (frame || namedKind === 'session') ? monthsOf(day) : day));
  const anchor = days[0] ?? named ?? { start: 0, end: 0 };
  const headingCity = section?.headings.some((heading) => heading.mentions.some((mention) => mention.label === 'City'));
  // Only a dated section reports one occasion (a news item); a report's chapter is no place.
  const inherited = !city && !headingCity && section?.day ? section.place : null;
  const inheritedOnline = !city && section?.online === true;
  if (section) section.online = false;
  return {
    kind: 'event',
    passage: passage.order,
    existing,
    eventKind: kind ?? ((existing && (gazetteer.entities.get(existing)?.kind as EventProposal['eventKind'] | undefined)) || 'other'),
    name: named && named.entityId === existing ? named.text : null,
    start: dated?.from ?? null,
    end: dated?.to ?? null,
    online: heldOnline(passage.text) || inheritedOnline,
    ...unfilled(),
    ...(inherited
      ? { place: inherited.id, quotes: { [`HELD_IN|${inherited.id}`]: { passage: inherited.passage, evidence: inherited.evidence } } }
      : {}),
    evidence: evidenceQuote(passage.text, anchor.start, anchor.end),
    confidence: existing ? 0.85 : day ? 0.7 : 0.55,
  };
}

/**
 * Events whose own reading settled their place, or that it names none ("la 64e Session … à New
 * York" places the presentation held then, not the session): the sentence's other cities are not theirs.
 */
const placed = new WeakSet<EventProposal>();

/** An event's place and roles before the passage's sentences fill them (fresh lists each time). */
function unfilled(): Pick<EventProposal, 'place' | 'organisers' | 'partners' | 'participants' | 'speakers' | 'topics' | 'jointly' | 'quotes'> {
  return { place: null, organisers: [], partners: [], participants: [], speakers: [], topics: [], jointly: false, quotes: {} };
}

/**
 * Words that name a known event's kind without a kind word: a founding ("créé à Tokyo en septembre
 * 2006", "fondé en 1993", "established in 2004"), a debate of an assembly, an event held on the
 * margins of another ("une manifestation … en marge de la cinquième session").
 */
const KIND_CUES: [RegExp, EventProposal['eventKind']][] = [
  [
    w(
      /\b(?:créé\p{L}*|création|fondé\p{L}*|fondation|établi[rs]?|établie?s?|établissement|institué\p{L}*|founded|foundation|established|establishment|set up)\b/iu,
    ),
    'other',
  ],
  [w(/\b(?:débats? thématiques?|thematic debates?|high-level meetings?|réunions? de haut niveau)\b/iu), 'meeting'],
  [w(/\b(?:en marge d\p{L}*|on the (?:margins?|sidelines) of|in the margins? of)\b/iu), 'side event'],
];

/** Every kind of event a text names ("deux réunions … et un séminaire" → meeting, seminar), cues included. */
function kindsIn(text: string): Set<EventProposal['eventKind']> {
  return new Set([...EVENT_WORDS, ...KIND_CUES].filter(([pattern]) => pattern.test(text)).map(([, kind]) => kind));
}

/**
 * Sessions of the UN General Assembly named by their ordinal ("la soixante-quatrième session de
 * l'Assemblée générale", "the General Assembly at its sixty-fourth session"): the Nth session opens
 * in September of 1945 + N, and the graph dates it by that year.
 */
const GA_SESSION = new RegExp(`${ORDINAL}\\s+session\\s+(?:de\\s+l'\\s*|of\\s+the\\s+)(?:assemblee\\s+generale|general\\s+assembly)`, 'gu');
const ITS_SESSION = new RegExp(`\\b(?:sa|its)\\s+${ORDINAL}\\s+session\\b`, 'gu');
const GENERAL_ASSEMBLY = /assemblee\s+generale|general\s+assembly/u;

function generalAssemblySessions(sentence: Sentence): DateMention[] {
  const folded = foldAligned(sentence.text);
  const matches = [...folded.matchAll(GA_SESSION), ...(GENERAL_ASSEMBLY.test(folded) ? folded.matchAll(ITS_SESSION) : [])];
  return matches.flatMap((match) => {
    const ordinal = ordinalValue(match[1] ?? '');
    if (!ordinal) return [];
    const start = sentence.start + match.index;
    const end = start + match[0].length;
    return [
      { start, end, text: sentence.text.slice(match.index, match.index + match[0].length), from: String(1945 + ordinal), precision: 'year' as const },
    ];
  });
}

/**
 * The city nearest before a date in its clause ("à Vienne, en avril 2009", "(Vienne, 17-18 juin
 * 2010)"), else the first after it; only after a session's name ("la 26e session … à Genève": a
 * city before it places another event).
 */
function cityNear(sentence: Sentence, cities: Mention[], date: DateMention, named: boolean): Mention | undefined {
  const at = date.start - sentence.start;
  const clauseStart = sentence.text.lastIndexOf(';', at) + 1;
  const next = sentence.text.indexOf(';', at);
  const clauseEnd = next < 0 ? sentence.text.length : next;
  const inClause = cities.filter((city) => city.start >= clauseStart && city.end <= clauseEnd);
  return (named ? undefined : inClause.filter((city) => city.end <= at).at(-1)) ?? inClause.find((city) => city.start >= at);
}

/**
 * Known events a sentence names by their date and kind: by a month or a year ("a tenu deux
 * réunions à New York en 2007", "à Vienne, en avril 2009 et janvier 2010"), the graph's events of
 * that kind that start (and end) exactly then; by a day ("une troisième réunion … convoquée le 26
 * mai 2010", "(Vienne, 27-28 avril 2010)"), those of any kind; a session of the General Assembly
 * by its ordinal. A report names many past events this way, several in a sentence; each is placed
 * in the city nearest its date.
 */
export function eventsByPeriod(passage: Passage, sentence: Sentence, dates: DateMention[], gazetteer: Gazetteer): EventProposal[] {
  const kinds = kindsIn(sentence.text);
  if (kinds.size === 0) return [];
  const sessions = generalAssemblySessions(sentence);
  const readings = [...dates.filter((date) => date.start >= sentence.start && date.end <= sentence.end), ...sessions];
  const found: { date: DateMention; entity: string; kind: EventProposal['eventKind'] }[] = [];
  for (const date of readings)
    for (const entity of gazetteer.entities.values()) {
      if (entity.label !== 'Event' || entity.start !== date.from || (entity.end ?? null) !== (date.to ?? null)) continue;
      const kind = entity.kind as EventProposal['eventKind'];
      if (date.precision === 'day' || kinds.has(kind)) found.push({ date, entity: entity.id, kind });
    }
  if (found.length === 0) return [];
  const cities = gazetteer.match(sentence.text).filter((mention) => mention.label === 'City');
  return found.map(({ date, entity, kind }) => {
    const city = cityNear(sentence, cities, date, sessions.includes(date));
    const event: EventProposal = {
      kind: 'event',
      passage: passage.order,
      existing: entity,
      eventKind: kind,
      name: null,
      start: date.from,
      end: date.to ?? null,
      online: heldOnline(sentence.text),
      ...unfilled(),
      ...(city
        ? {
            place: city.entityId,
            quotes: { [`HELD_IN|${city.entityId}`]: { passage: passage.order, evidence: evidenceQuote(sentence.text, city.start, city.end) } },
          }
        : {}),
      evidence: evidenceQuote(passage.text, date.start, date.end),
      confidence: 0.6,
    };
    placed.add(event);
    return event;
  });
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

/** "de la", "du", "of the": what joins a name to the name that completes it ("Division … du Conseil de l'Europe"). */
const COMPLETED_BY = /^\s*(?:de\s+la|de\s+l['’]|du|des|de|d['’]|of\s+the|of)\s*$/iu;

/** Where a name ends with the names that complete it: "la Division anti-traite du Conseil de l'Europe", "the Ministry of the Interior of Turkey". */
function completedEnd(text: string, mention: Mention, all: Mention[]): number {
  let end = mention.end;
  for (const other of all) {
    if (other.start < end) continue;
    if (!COMPLETED_BY.test(text.slice(end, other.start))) break;
    end = other.end;
  }
  return end;
}

/**
 * The names listed one after the other from an offset ("par le Conseil de l'Europe, le HCR et
 * l'OSCE"), until the list ends. `all`, every name of the sentence in reading order, lets a listed
 * name keep the names that complete it ("the Division of the Council of Europe and the Directorate …").
 */
function chainAfter(text: string, mentions: Mention[], from: number, all: Mention[]): Mention[] {
  const chain: Mention[] = [];
  let end = from;
  for (const mention of mentions) {
    if (mention.start < from) continue;
    // A name inside the one before ("République de Moldova" holds "Moldova").
    if (chain.length > 0 && mention.start < end) continue;
    const gap = text.slice(end, mention.start);
    const joined = chain.length > 0 ? LISTED.test(gap) : /^\s*(?:par|by)?\s*(?:l['’]|la|le|les|the)?\s*$/iu.test(gap.replace(/^[\p{L}]+/u, ''));
    if (!joined) break;
    chain.push(mention);
    end = completedEnd(text, mention, all);
  }
  return chain;
}

/** "les ambassadeurs du Cap-Vert et du Portugal", "the Permanent Representative of": a state acting through its representatives. */
const REPRESENTED = w(
  /\b(?:ambassad\p{L}*|représentant\p{L}*\s+permanent\p{L}*|permanent\s+representatives?|délégations?|delegations?|gouvernements?|governments?|autorités|authorities)\s+(?:(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*|of\s+the\s+|of\s+)[\p{L}'’ -]{2,40}?\s*(?:,|et|and)\s+)?(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*|of\s+the\s+|of\s+)$/iu,
);
/** How the names of a subject are listed: "A, B et C", "A and B". */
const LISTED =
  /^\s*[)»"”]?\s*(?:\([^)]*\))?\s*(?:,|et|and|ainsi que|as well as)\s*(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*|of\s+)?(?:l['’]|la|le|les|the)?\s*$/iu;

/**
 * The subject of a verb in the active voice: the nearest name before it that no preposition governs
 * and that is not a partner ("X, en coopération avec Y, a organisé"), with the names listed before
 * it ("le Conseil de l'Europe et l'OSCE ont organisé"). Names earlier in the sentence belong to its other clauses.
 */
function subjectsBefore(text: string, mentions: Mention[], at: number, all: Mention[], partner: (mention: Mention) => boolean): Mention[] {
  // A name inside a longer one ("bulgare" in "la Commission nationale bulgare") is not listed on its own.
  const nested = (mention: Mention) =>
    mentions.some(
      (other) =>
        other !== mention && other.start <= mention.start && other.end >= mention.end && other.end - other.start > mention.end - mention.start,
    );
  // An adjective of nationality ("la Présidence suisse de l'OSCE") is no subject.
  const before = mentions.filter(
    (mention) => mention.end <= at && !nested(mention) && (mention.label !== 'Country' || /^\p{Lu}/u.test(mention.text)),
  );
  const acting = (mention: Mention) => !governed(text, mention) || REPRESENTED.test(text.slice(Math.max(0, mention.start - 40), mention.start));
  const nearest = before.findLast((mention) => acting(mention) && !partner(mention));
  if (!nearest) return [];
  const subjects = [nearest];
  for (let index = before.indexOf(nearest) - 1; index >= 0; index--) {
    const previous = before[index];
    const current = subjects.at(-1);
    if (!previous || !current || previous.end > current.start || !acting(previous)) continue;
    // "le Haut-Commissariat … pour les Réfugiés (HCR)": a name and its acronym are one subject.
    if (previous.entityId === current.entityId && /^\s*\(\s*$/.test(text.slice(previous.end, current.start))) {
      subjects[subjects.length - 1] = previous;
      continue;
    }
    if (!LISTED.test(text.slice(completedEnd(text, previous, all), current.start))) break;
    subjects.push(previous);
  }
  return subjects.reverse();
}

/** A body holding its meetings or being founded: "a tenu deux réunions", "held", "s'est réuni", "créé à Tokyo", "a été fondé en 1993". */
const HOLDING = w(
  /\b(?:a tenu|ont tenu|tiendra|held|holds|s['’]est réunie?|se sont réuni\p{L}*|met|créée?s?|fondée?s?|established|founded|set up)\b/iu,
);

/**
 * The body a sentence says held the meetings it dates, or was founded at the founding it dates
 * ("Le Groupe …, créé à Tokyo en septembre 2006, a tenu deux réunions à New York en 2007"): the
 * first name before the verb that no preposition governs. It took part in those events.
 */
export function holderOf(text: string, sentence: Sentence, mentions: Mention[]): Mention | null {
  const cue = HOLDING.exec(sentence.text);
  if (!cue) return null;
  const at = sentence.start + cue.index;
  return inSentence(mentions, sentence).find((mention) => mention.label === 'Actor' && mention.end <= at && !governed(text, mention)) ?? null;
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
  if (heldOnline(text)) event.online = true;
  for (const sentence of sentences(text)) {
    const local = inSentence(mentions, sentence);
    const names = local.filter((mention) => mention.label === 'Actor' || mention.label === 'Country');
    const bodies = heads(text, names);
    const verbs = [...sentence.text.matchAll(ORGANISING_EACH)];
    const partnerCue = PARTNER.exec(sentence.text);
    const partnerAt = partnerCue ? sentence.start + partnerCue.index : -1;
    const partner = (mention: Mention) =>
      partnerAt >= 0 && mention.start > partnerAt && mention.start - partnerAt < 40 + (partnerCue?.[0].length ?? 0);
    // Each organising verb of the sentence ("la conférence … organisée à Vienne …, le Conseil de l'Europe et l'OSCE organisent un atelier").
    for (const verb of verbs) {
      const at = sentence.start + verb.index;
      // "organisé (conjointement) par X": the organisers follow the verb; a later "par" ("exploitation par le travail") is not the verb's.
      const by = BY_AFTER_VERB.exec(text.slice(at, sentence.end));
      const byAt = by ? at + by[0].length - 3 + (/par$/iu.test(by[0]) ? 0 : 1) : -1;
      // "X (, en coopération avec Y,) a organisé", "organisé par X et Y (en coopération avec Z)", "X a organisé conjointement avec Y".
      const organisers = by ? chainAfter(text, bodies, byAt, names) : subjectsBefore(text, bodies, at, names, partner);
      for (const mention of organisers) add('organisers', mention.entityId, mention, at);
    }
    if (verbs[0]) {
      const at = sentence.start + verbs[0].index;
      for (const mention of bodies.filter(partner)) add('partners', mention.entityId, mention, at);
      if (JOINTLY.test(sentence.text)) event.jointly = true;
    }
    const gathering = PARTICIPATING.exec(sentence.text);
    if (gathering) {
      const cueAt = sentence.start + gathering.index;
      for (const mention of bodies.filter((m) => m.start > cueAt || verbs.length === 0)) add('participants', mention.entityId, mention);
    }
    const speaking = (SPEECH.test(sentence.text) || speakersListed) && !AUTHORED.test(sentence.text);
    if (speaking) for (const mention of local.filter((m) => m.label === 'Person')) add('speakers', mention.entityId, mention);
    for (const mention of local.filter((m) => m.label === 'Topic')) add('topics', mention.entityId, mention);
  }
  for (const [id, sentence] of cued) add('topics', id, sentence);
  const city = mentions.find((mention) => mention.label === 'City');
  if (city && !event.place && !placed.has(event)) {
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
