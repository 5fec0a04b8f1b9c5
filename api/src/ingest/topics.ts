import type { Sentence } from './evidence.js';
import type { Gazetteer, GazetteerEntity, Mention } from './gazetteer.js';
import { contentWords, fold, FUNCTION_WORDS, sameName, stem, tokenize } from './text.js';

/**
 * Topics are paraphrased far more than they are named: "exploitation par le travail" for "Traite à
 * des fins d'exploitation par le travail", "prévenir la traite" for "Prevention of trafficking". A
 * topic is cued in a sentence when every distinctive word of one of its names occurs in it, in any
 * order and any form sharing the first six letters. Words that many topic names share
 * ("trafficking", "victims", "traite") are not distinctive and are not required.
 */
const PREFIX = 6;
/** A word in at least this share of the topic names is generic. */
const GENERIC_SHARE = 0.08;

const key = (word: string) => {
  const folded = stem(fold(word).replaceAll('-', ''));
  return folded.length > PREFIX ? folded.slice(0, PREFIX) : folded;
};

const wordOf = (word: string) => stem(fold(word).replaceAll('-', ''));

function contentKeys(text: string): string[] {
  return tokenize(text)
    .map((token) => fold(token.raw))
    .filter((word) => !FUNCTION_WORDS.has(word) && word.length > 2)
    .map(key);
}

export class TopicCues {
  private readonly cues: { entityId: string; keys: string[] }[] = [];

  constructor(gazetteer: Gazetteer) {
    const names = [...gazetteer.entities.values()]
      .filter((entity) => entity.label === 'Topic')
      .flatMap((entity) => entity.names.map((name) => ({ entityId: entity.id, keys: [...new Set(contentKeys(name))] })));
    const frequency = new Map<string, number>();
    for (const name of names) for (const word of name.keys) frequency.set(word, (frequency.get(word) ?? 0) + 1);
    const generic = (word: string) => (frequency.get(word) ?? 0) >= Math.max(3, GENERIC_SHARE * names.length);
    for (const name of names) {
      const keys = name.keys.filter((word) => !generic(word));
      // Two distinctive words at least: one alone ("Corruption", "prévention") cued a topic in too
      // many sentences of the UN report (bench:ingest precision 0.32 instead of 0.37).
      if (keys.length >= 2) this.cues.push({ entityId: name.entityId, keys });
    }
  }

  /** The topics cued in the sentences of a passage, each with the first sentence that cues it. */
  match(sentences: Sentence[]): Map<string, Sentence> {
    const found = new Map<string, Sentence>();
    for (const sentence of sentences) {
      const present = new Set(contentKeys(sentence.text));
      for (const cue of this.cues) if (!found.has(cue.entityId) && cue.keys.every((word) => present.has(word))) found.set(cue.entityId, sentence);
    }
    return found;
  }
}

/** A distinctive word long enough to name a topic alone ("indemnisation", "sensibilisation"); shorter ones are common words. */
const LONE_WORD = 9;
/** A distinctive word long enough to name a topic alone when it is one part of its name ("Partenariats", "coordination"). */
const JOINED_WORD = 10;
/** A topic named by a phrase of the text, not by one of its names, is less sure. */
const PHRASE_CONFIDENCE = 0.6;

/**
 * Topics named in a text by a phrase made of the distinctive words of one of their names, or of one
 * part of a name joined by "et"/"and" ("exploitation par le travail" for "Traite à des fins
 * d'exploitation par le travail", "coopération aux frontières" for "Gestion des frontières et
 * coopération aux frontières", "sensibiliser" for "Sensibilisation"): the words next to each
 * other, in any order and any form sharing the first six letters. Unlike TopicCues, the words
 * must be one phrase, so the mention has offsets. A phrase that several topics share names none.
 */
export class TopicPhrases {
  private readonly phrases = new Map<string, string | null>();
  /** Topics named by one word, compared by stem (not by six letters: "identifier" is not "identification"). */
  private readonly words = new Map<string, string | null>();
  /** Every distinctive word of a phrase (six-letter keys). */
  private readonly vocabulary = new Set<string>();
  private longest = 0;

  constructor(entities: Iterable<GazetteerEntity>) {
    const topics = [...entities].filter((entity) => entity.label === 'Topic');
    const frequency = new Map<string, number>();
    for (const topic of topics) for (const word of new Set(topic.names.flatMap(contentKeys))) frequency.set(word, (frequency.get(word) ?? 0) + 1);
    const generic = (word: string) => (frequency.get(word) ?? 0) >= Math.max(3, GENERIC_SHARE * topics.length);
    const add = (map: Map<string, string | null>, phrase: string, id: string) => {
      const other = map.get(phrase);
      map.set(phrase, other === undefined || other === id ? id : null);
    };
    for (const topic of topics)
      for (const name of topic.names) {
        // The name, each part joined by "et"/"and", and its last two words ("société civile" of "Rôle de la société civile").
        const words = tokenize(name).filter((token) => !FUNCTION_WORDS.has(fold(token.raw)) && token.raw.length > 2);
        const tail = words.length >= 3 ? name.slice(words.at(-2)?.start) : name;
        // Two parts joined by "et"/"and", in a name without brackets or commas ("Dispositifs d'aiguillage (nationaux et transnationaux)" has none).
        const joined = /[(),;:]/u.test(name) ? [] : name.split(/\s+(?:et|and)\s+/u);
        const parts = [name, tail, ...joined, ...name.split(/\s+(?:et|and)\s+|\s*[,;:()]\s*/u)];
        for (const part of new Set(parts)) {
          const words = tokenize(part).filter((token) => !FUNCTION_WORDS.has(fold(token.raw)) && token.raw.length > 2);
          const keys = [...new Set(words.map((token) => key(token.raw)))].filter((word) => !generic(word));
          if (keys.length >= 2) {
            add(this.phrases, [...keys].sort().join(' '), topic.id);
            for (const word of keys) this.vocabulary.add(word);
            this.longest = Math.max(this.longest, keys.length);
          }
          // One distinctive word names the topic when it is all of a name but its generic words ("Indemnisation des victimes"),
          // or a name of one word ("Asile", "Enquêtes": a curator wrote it so), or one of two parts joined by "et"/"and" and long
          // ("Partenariats" of "Partenariats et coordination"; "réflexion" of "Délai de rétablissement et de réflexion" is too common).
          const lone = words.filter((token) => !generic(key(token.raw)));
          const length = lone[0]?.raw.length ?? 0;
          const alone =
            part === name ? length >= LONE_WORD || words.length === 1 : joined.length === 2 && joined.includes(part) && length >= JOINED_WORD;
          if (lone.length === 1 && alone) add(this.words, wordOf(lone[0]?.raw ?? ''), topic.id);
        }
      }
  }

  /** The topics a text names by phrase, left to right, longest phrases first, without overlaps. */
  match(text: string): Mention[] {
    const tokens = tokenize(text);
    const content = contentWords(tokens).filter((word) => (tokens[word.index]?.raw.length ?? 0) > 2);
    const keys = content.map((word) => key(tokens[word.index]?.raw ?? ''));
    // How many words from each one could be one phrase: words of the phrases, joined as in a name.
    const reach = content.map(() => 1);
    for (let k = content.length - 2; k >= 0; k--)
      if (
        this.vocabulary.has(keys[k] ?? '') &&
        this.vocabulary.has(keys[k + 1] ?? '') &&
        sameName(text, tokens, content[k]?.index ?? 0, content[k + 1]?.index ?? 0)
      )
        reach[k] = 1 + (reach[k + 1] ?? 0);
    const mentions: Mention[] = [];
    for (let i = 0; i < content.length;) {
      let length = 0;
      for (let n = Math.min(this.longest, reach[i] ?? 1); n >= 1 && length === 0; n--) {
        const words = keys.slice(i, i + n);
        const first = tokens[content[i]?.index ?? 0];
        const last = tokens[content[i + n - 1]?.index ?? 0];
        const id =
          n === 1 ? this.words.get(wordOf(first?.raw ?? '')) : new Set(words).size === n ? this.phrases.get(words.sort().join(' ')) : undefined;
        if (!id || !first || !last) continue;
        mentions.push({
          start: first.start,
          end: last.end,
          text: text.slice(first.start, last.end),
          entityId: id,
          label: 'Topic',
          confidence: PHRASE_CONFIDENCE,
          via: 'phrase',
        });
        length = n;
      }
      i += Math.max(length, 1);
    }
    return mentions;
  }
}
