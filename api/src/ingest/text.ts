/**
 * Text folding shared by the gazetteer, the dates and the proposals: one rule for case, accents,
 * typographic apostrophes and white space, so names and document text compare the same way.
 */

/** Lower case, no diacritics, straight apostrophes and hyphens. Keeps the string's length unchanged only for ASCII. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[\u2018\u2019\u02BC`´]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .toLowerCase();
}

/** Removes diacritics but keeps case (acronyms are compared case-sensitively: "UN" is not "un"). */
export function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '');
}

/** A word of a text with its place: `start`/`end` are offsets in the original text. */
export interface Token {
  /** The word as written. */
  raw: string;
  start: number;
  end: number;
}

/** Letters and digits, with inner hyphens ("anti-trafficking"), split at apostrophes ("l'Europe" → l, Europe). */
const WORD = /[\p{L}\p{N}]+(?:[-‑][\p{L}\p{N}]+)*/gu;

/** The words of a text with their offsets. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) tokens.push({ raw: match[0], start: match.index, end: match.index + match[0].length });
  return tokens;
}

/**
 * Words that carry no identity in a name: articles, elided articles, prepositions and the English
 * possessive "s", in both languages. Names and text both lose them, so "Council of Europe's",
 * "Conseil de l'Europe" and "Council of Europe" reduce to the same content words.
 */
export const FUNCTION_WORDS = new Set(
  'a an the of for on in and to s l d de du des la le les et en pour sur au aux contre against with avec par by'.split(' '),
);

/**
 * A light, symmetric stem for French and English inflection: plural -s/-x, feminine -e and the
 * doubled -nne/-lle ("européenne" → "europeen", "Nations" → "nation"). Applied to both sides of a
 * comparison, so over-stemming only merges words that differ by an ending.
 */
export function stem(folded: string): string {
  let word = folded;
  if (word.length > 3 && /[sx]$/.test(word)) word = word.slice(0, -1);
  if (word.length > 4 && word.endsWith('e')) word = word.slice(0, -1);
  if (/(nn|ll)$/.test(word)) word = word.slice(0, -1);
  return word;
}

/** The content-word stems of a name, in order ("Conseil de l'Europe" → conseil, europ). */
export function contentStems(text: string): string[] {
  return tokenize(text)
    .map((token) => fold(token.raw))
    .filter((word) => !FUNCTION_WORDS.has(word))
    .map(stem);
}

/** Whether a word is written with a capital first letter. */
export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** The number of words of a quote, as the seed's evidence rule counts them. */
export function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}
