import type { Sentence } from './evidence.js';
import type { Gazetteer } from './gazetteer.js';
import { fold, FUNCTION_WORDS, stem, tokenize } from './text.js';

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
  const folded = stem(fold(word));
  return folded.length > PREFIX ? folded.slice(0, PREFIX) : folded;
};

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
