import type { Sentence } from './evidence.js';
import type { Mention } from './gazetteer.js';
import { inSentence } from './statements.js';

/** Only these words may come before a sentence's subject: a paragraph number, articles, linking adverbs. */
const LEAD =
  /^\s*(?:\d+\.\s*)?(?:(?:le|la|les|l['’]|the|this|ce|cet|cette|en outre|de plus|par ailleurs|furthermore|moreover|in addition|it|its|sa|son|ses)\s*,?\s*)*$/iu;

/** "Dans sa résolution 64/178, …", "In its recent study entitled …", "Selon l'étude …": what follows is the instrument's content. */
const WITHIN_INSTRUMENT =
  /^\s*(?:\d+\.\s*)?(?:dans|in|à travers|through|selon|according to)\s+(?:sa|son|ses|leur|its|their|la|le|l['’]|the|cette|cet|ce|this)\s*(?:(?:récente?|recent|nouvelle?|new|dernière|latest)\s+)?(?:\p{L}+\s+(?:intitulée?s?|entitled|titled)\s*[“"«]?\s*)?$/iu;
/** An opening clause up to a comma ("S'appuyant sur les conclusions du GRETA, les projets …", "Building on …, the programme …"), then the subject. */
const AFTER_OPENING_CLAUSE = new RegExp(`^[^,;:]{3,200},${LEAD.source.replace(/^\^/, '')}`, 'iu');

/**
 * The instrument or programme a sentence is about: its name opens the sentence ("La Convention
 * prévoit …", "The Convention takes …"), follows an opening clause ("S'appuyant sur …, les projets
 * de coopération sont conçus …"), or frames it ("Dans sa résolution 64/178, l'Assemblée …").
 */
export function sentenceSubject(text: string, sentence: Sentence, mentions: Mention[]): Mention | null {
  for (const mention of inSentence(mentions, sentence).sort((a, b) => a.start - b.start)) {
    const lead = text.slice(sentence.start, mention.start);
    if (!LEAD.test(lead) && !WITHIN_INSTRUMENT.test(lead) && !AFTER_OPENING_CLAUSE.test(lead)) continue;
    return mention.label === 'Instrument' || mention.label === 'Programme' ? mention : null;
  }
  return null;
}

/** A topic an instrument or programme addresses, read from a sentence about it. */
export interface SubjectTopic {
  from: Mention;
  topic: string;
  /** Where the topic is read: its mention, or the whole sentence that cues it. */
  at: { start: number; end: number };
}

/**
 * Topics of a passage split by what its sentences are about: a sentence that opens with an
 * instrument or a programme ("The Convention provides for … compensation") states that it
 * addresses them; the other sentences' topics stay for the passage's event. Without this, the
 * event of the section took the topics of every instrument its page described.
 */
export function topicsBySubject(
  text: string,
  sentences: Sentence[],
  mentions: Mention[],
  cued: Map<string, Sentence>,
): { subjectTopics: SubjectTopic[]; eventMentions: Mention[]; eventCued: Map<string, Sentence> } {
  const subjectTopics: SubjectTopic[] = [];
  const aboutSubject = new Set<Sentence>();
  for (const sentence of sentences) {
    const subject = sentenceSubject(text, sentence, mentions);
    if (!subject) continue;
    aboutSubject.add(sentence);
    for (const topic of inSentence(mentions, sentence).filter((mention) => mention.label === 'Topic'))
      subjectTopics.push({ from: subject, topic: topic.entityId, at: topic });
    for (const [topic, where] of cued) if (where === sentence) subjectTopics.push({ from: subject, topic, at: where });
  }
  const inSubjectSentence = (mention: Mention) =>
    [...aboutSubject].some((sentence) => mention.start >= sentence.start && mention.end <= sentence.end);
  return {
    subjectTopics,
    eventMentions: mentions.filter((mention) => mention.label !== 'Topic' || !inSubjectSentence(mention)),
    eventCued: new Map([...cued].filter(([, sentence]) => !aboutSubject.has(sentence))),
  };
}
