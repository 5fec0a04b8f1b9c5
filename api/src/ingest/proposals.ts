import { relationshipId } from '../seed/validate.js';
import type { NodeLabel, RelationshipType } from '../model/vocabulary.js';
import { composedFacts, Nationalities } from './composition.js';
import { Coreference } from './coreference.js';
import { findDates, headingYear, type DateMention } from './dates.js';
import type { ReadDocument } from './document.js';
import { evidenceQuote, sentences, type Sentence } from './evidence.js';
import { contribute, eventFacts, eventKindOf, eventOf, eventsByPeriod, holderOf, newSection, type EventProposal, type Section } from './events.js';
import { learnAbbreviations, type Gazetteer, type IntroducedName, type Mention } from './gazetteer.js';
import { w } from './pattern.js';
import { enumeratedMembers } from './memberships.js';
import { affiliations, inSentence, statements, type Statement } from './statements.js';
import { topicsBySubject } from './subjects.js';
import { fold } from './text.js';
import { TopicCues } from './topics.js';

export { eventFacts, type EventProposal } from './events.js';

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

/** Where an event's sentence places it inside another event or a programme: "lors de la 16e conférence", "dans le cadre du Programme Sud". */
const WITHIN = w(
  /\b(?:lors d\p{L}*|pendant|durant|en marge d\p{L}*|à l['’]occasion d\p{L}*|dans le cadre d\p{L}*|au titre d\p{L}*|during|at the|on the margins? of|on the sidelines of|in the margins? of|within the framework of|as part of|under the)\b/iu,
);
/** Who invited or hosted the event: "à l'invitation des autorités du Royaume du Maroc", "hosted by". */
const HOSTING = w(/\b(?:à l['’]invitation d\p{L}*|at the invitation of|accueilli\p{L}* par|hosted by|hôte)\b/iu);

/** PART_OF and HOSTED facts of a known event from one of its sentences (its own name is not a mention: it is the passage's event). */
function eventContext(
  text: string,
  sentence: Sentence,
  mentions: Mention[],
  eventId: string,
): { type: RelationshipType; from: string; to: string; evidence: string }[] {
  const facts: { type: RelationshipType; from: string; to: string; evidence: string }[] = [];
  const local = inSentence(mentions, sentence);
  const within = WITHIN.exec(sentence.text);
  if (within) {
    const at = sentence.start + within.index + within[0].length;
    const target = local.find((mention) => mention.start >= at && mention.start - at < 40 && ['Event', 'Programme'].includes(mention.label));
    if (target && target.entityId !== eventId)
      facts.push({ type: 'PART_OF', from: eventId, to: target.entityId, evidence: evidenceQuote(text, at - within[0].length, target.end) });
  }
  const hosting = HOSTING.exec(sentence.text);
  if (hosting) {
    const at = sentence.start + hosting.index + hosting[0].length;
    const host = local.find((mention) => mention.start >= at && mention.start - at < 40 && ['Actor', 'Country'].includes(mention.label));
    if (host) facts.push({ type: 'HOSTED', from: host.entityId, to: eventId, evidence: evidenceQuote(text, at - hosting[0].length, host.end) });
  }
  return facts;
}

/**
 * A copied page's menu ("• Secrétaire Général adjoint • Présidence • Comité des Ministres • Assemblée"):
 * short items in a row, no sentence. Names side by side there state nothing.
 */
function menu(text: string): boolean {
  const items = text
    .split('•')
    .map((item) => item.trim())
    .filter(Boolean);
  return items.length >= 3 && items.filter((item) => item.split(/\s+/).length <= 4).length >= 0.6 * items.length;
}

/** How many passages an event's account may run after its last dated or named passage. */
const CONTINUATION = 8;
/** The last passage an event was read in (its facts' passages included). */
const lastOf = (event: EventProposal) => Math.max(event.passage, ...Object.values(event.quotes).map((quote) => quote.passage));

/** A bullet list of speakers: "Les intervenants comptaient :", "Speakers:", or a line of its own ("Keynote speakers", "Moderator"), then one person per item. */
const SPEAKERS_LIST = w(
  /\b(?:intervenants?|orateurs?|oratrices?|speakers?|panel\p{L}*|modérat\p{L}*|moderat\p{L}*)\b[^.]*:\s*$|^\s*(?:keynote\s+|main\s+|principaux\s+)?(?:speakers?|intervenants?|orateurs?|oratrices?|moderators?|modérat\p{L}*|panel\p{L}*)\s*:?\s*$/iu,
);

/** Types whose two ends play the same part: a statement in either direction is the same fact. */
const SYMMETRIC_TYPES: ReadonlySet<RelationshipType> = new Set(['COOPERATES_WITH']);

/**
 * Reads a document against the gazetteer: learns the abbreviations it introduces, finds mentions
 * and dates in each passage (a year in a heading dates what follows), and proposes new entities,
 * events, typed relationships, and provenance for facts the graph already holds. Headings open
 * sections: the event a section reports takes its kind, dateline, place and topics from its
 * headings, and the passages of the section add its organisers, participants, speakers and topics.
 * Pure: no I/O.
 */
export function analyse(document: ReadDocument, base: Gazetteer, known: KnownFacts = new Set()): Analysis {
  const { learnt, introduced } = learnAbbreviations(
    document.passages.map((passage) => passage.text),
    base,
  );
  const gazetteer = learnt.length > 0 ? base.withLearnt(learnt) : base;
  const cues = new TopicCues(gazetteer);
  const nationalities = new Nationalities(gazetteer);
  const coreference = new Coreference(gazetteer);
  const analysis: Analysis = { mentions: [], dates: [], proposals: [] };
  const seen = new Set<string>();
  const events = new Map<string, EventProposal>();
  let section: Section | null = null;
  let main: EventProposal | null = null;
  /** The passage the running event was last found in (named or dated), even when it added nothing new there. */
  let mainFoundAt = 0;
  let afterHeading = false;
  let speakersListed = false;
  let year = document.metadata.published ? Number(document.metadata.published.slice(0, 4)) : undefined;
  const push = (stated: { type: RelationshipType; from: string; to: string; evidence: string; confidence: number }, passage: number) => {
    // "A cooperates with B" restates "B cooperates with A": the graph's direction, not a second fact.
    const reversed = { ...stated, from: stated.to, to: stated.from };
    const fact = SYMMETRIC_TYPES.has(stated.type) && known.has(relationshipId(reversed)) ? reversed : stated;
    const id = relationshipId(fact);
    if (seen.has(id)) return;
    seen.add(id);
    analysis.proposals.push({ kind: known.has(id) ? 'provenance' : 'relationship', passage, relationshipId: id, ...fact });
  };
  for (const passage of document.passages) {
    if (passage.heading) year = headingYear(passage.text) ?? year;
    const mentions = gazetteer.match(passage.text);
    // A run of headings opens a section: the descriptions after it ("la Convention") name what the section names.
    // "Keynote speakers", "Moderator": a line that announces the event's speakers goes on about the event; it opens no section.
    const heading = passage.heading && !SPEAKERS_LIST.test(passage.text);
    if (heading && !afterHeading) coreference.section();
    const withDescriptions = [...mentions, ...coreference.resolve(passage.text, mentions)].sort((a, b) => a.start - b.start);
    const dates = findDates(passage.text, year);
    analysis.mentions.push(...mentions.map((mention) => ({ ...mention, passage: passage.order })));
    analysis.dates.push(...dates.map((date) => ({ ...date, passage: passage.order })));
    const own = introduced.filter((name) => passage.text.includes(name.name));
    for (const proposal of newEntities(passage, mentions, own, gazetteer, document.metadata.language)) {
      const key = `entity|${fold(proposal.name)}`;
      if (!seen.has(key)) analysis.proposals.push(proposal);
      seen.add(key);
    }
    const passageSentences = sentences(passage.text);
    // Topics the passage paraphrases (not named), quoted from the sentence that cues them.
    const cued = cues.match(passageSentences);
    // Topics of sentences about an instrument or programme are its own, not the event's.
    const { subjectTopics, eventMentions: aboutEvent, eventCued } = topicsBySubject(passage.text, passageSentences, withDescriptions, cued);
    const eventMentions = aboutEvent.filter((mention) => mentions.includes(mention));
    let event: EventProposal | null = null;
    if (heading) {
      // A run of headings opens a section ("Conférence …, Sofia" / "23-24 juin 2015"); the event before it ends.
      if (!afterHeading) {
        section = newSection();
        main = null;
      }
      section ??= newSection();
      section.headings.push({ passage, mentions, cued });
      section.day ??= dates.find((date) => date.precision === 'day') ?? null;
      section.kind ??= eventKindOf(passage.text);
    } else {
      // Inside an event's section, a passage without a day of its own goes on about that event (a
      // name in passing, "lors de la 16e conférence", is a context, not another event).
      const ownDay = dates.some((date) => date.precision === 'day');
      const found: EventProposal | null = main && !ownDay ? null : eventOf(passage, mentions, dates, gazetteer, section);
      const sectionEvent = main && section?.day && main.start === section.day.from ? main : null;
      if (found && sectionEvent && found.existing !== sectionEvent.existing && found.start !== sectionEvent.start) {
        // Another dated event inside the section of a dated event ("La Convention a été ouverte à
        // la signature le 16 mai 2005 à Varsovie"): read from the sentence that dates it; the section goes on.
        const key = `event|${found.existing ?? `${found.start}|${found.eventKind}`}`;
        const dated = dates.find((date) => date.precision === 'day');
        const sentence = passageSentences.find((candidate) => dated && candidate.start <= dated.start && candidate.end >= dated.end);
        if (!events.has(key) && sentence) {
          events.set(key, found);
          analysis.proposals.push(found);
          contribute(found, passage, inSentence(mentions, sentence), new Map(), false);
          for (const fact of eventFacts(found)) push({ ...fact, confidence: 0.45 }, fact.passage);
        }
        event = sectionEvent;
        contribute(sectionEvent, passage, eventMentions, eventCued, speakersListed);
      } else if (found) {
        const key = `event|${found.existing ?? `${found.start}|${found.eventKind}`}`;
        const earlier = events.get(key);
        if (earlier) {
          earlier.start ??= found.start;
          earlier.end ??= found.end;
          earlier.name ??= found.name;
          event = earlier;
        } else {
          events.set(key, found);
          analysis.proposals.push(found);
          event = found;
        }
        main = event;
        mainFoundAt = passage.order;
        contribute(event, passage, eventMentions, eventCued, speakersListed);
        // Then what the section's headings add ("…, Sofia", the title's topics): the passage's own words come first.
        if (!earlier) for (const heading of section?.headings ?? []) contribute(event, heading.passage, heading.mentions, heading.cued, false);
      } else {
        // A report's event does not run on for pages: after a few passages without a heading, it ends.
        if (main && passage.order - Math.max(lastOf(main), mainFoundAt) > CONTINUATION) main = null;
        event = main;
        if (event) contribute(event, passage, eventMentions, eventCued, speakersListed);
      }
    }
    afterHeading = heading;
    // "Les intervenants comptaient :" — the items that follow name the speakers.
    speakersListed = SPEAKERS_LIST.test(passage.text) || (speakersListed && /^[•\-–*]/.test(passage.text));
    const state = (statement: Statement) =>
      push(
        {
          type: statement.type,
          from: statement.from.entityId,
          to: statement.to.entityId,
          evidence: evidenceQuote(passage.text, Math.min(statement.from.start, statement.at), Math.max(statement.to.end, statement.at)),
          confidence: Math.round(Math.min(statement.from.confidence, statement.to.confidence) * 0.75 * 100) / 100,
        },
        passage.order,
      );
    if (!menu(passage.text)) enumeratedMembers(passage.text, mentions).forEach(state);
    for (const sentence of menu(passage.text) ? [] : passageSentences) {
      [
        ...statements(passage.text, sentence, withDescriptions),
        ...affiliations(passage.text, sentence, mentions),
        ...composedFacts(passage.text, inSentence(mentions, sentence), gazetteer, nationalities),
      ].forEach(state);
      if (event?.existing)
        for (const fact of eventContext(passage.text, sentence, mentions, event.existing)) push({ ...fact, confidence: 0.5 }, passage.order);
      // Past events a sentence names by month or year and kind: each read from that sentence only.
      for (const dated of eventsByPeriod(passage, sentence, dates, gazetteer)) {
        if (dated.existing === event?.existing || events.has(`event|${dated.existing}`)) continue;
        events.set(`event|${dated.existing}`, dated);
        analysis.proposals.push(dated);
        contribute(dated, passage, inSentence(mentions, sentence), new Map(), false);
        for (const fact of eventFacts(dated)) push({ ...fact, confidence: 0.45 }, fact.passage);
        // "Le Groupe …, créé à Tokyo en septembre 2006, a tenu deux réunions à New York en 2007": the body took part in them.
        const holder = holderOf(passage.text, sentence, mentions);
        if (holder && dated.existing && !dated.organisers.includes(holder.entityId))
          push(
            {
              type: 'PARTICIPATED_IN',
              from: holder.entityId,
              to: dated.existing,
              evidence: evidenceQuote(passage.text, holder.start, holder.end),
              confidence: 0.45,
            },
            passage.order,
          );
      }
    }
    const quote = (from: number, to: number) => evidenceQuote(passage.text, from, to);
    for (const { from, topic, at } of subjectTopics)
      push({ type: 'ADDRESSES', from: from.entityId, to: topic, evidence: quote(at.start, at.end), confidence: 0.45 }, passage.order);
    // The instruments an event's account names are what it discussed ("le séminaire … la mise en œuvre de la Convention"),
    // when the passage speaks of the event (a kind word): a report's later paragraphs name instruments for their own sake.
    if (event?.existing && !menu(passage.text) && eventKindOf(passage.text))
      for (const instrument of withDescriptions.filter((mention) => mention.label === 'Instrument'))
        push(
          { type: 'ADDRESSES', from: event.existing, to: instrument.entityId, evidence: quote(instrument.start, instrument.end), confidence: 0.4 },
          passage.order,
        );
    // An event's facts as soon as they are read, each quoting the passage that states it.
    if (event?.existing)
      for (const fact of eventFacts(event)) push({ ...fact, confidence: fact.passage === event.passage ? 0.6 : 0.45 }, fact.passage);
  }
  return analysis;
}
