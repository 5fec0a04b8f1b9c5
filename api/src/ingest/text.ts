/**
 * Text folding shared by the gazetteer, the dates and the proposals: one rule for case, accents,
 * typographic apostrophes and white space, so names and document text compare the same way.
 */
import { ordinalOf } from './ordinals.js';

/** Lower case, no diacritics, straight apostrophes and hyphens. Keeps the string's length unchanged only for ASCII. */
export function fold(text: string): string {
  // Most words are plain ASCII: lower case is all they need (fold runs for every word of a document).
  if (/^[\x20-\x5F\x61-\x7E]*$/.test(text)) return text.toLowerCase();
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
export const FUNCTION_WORDS = new Set([
  ...'a an the of for on in and to s l d de du des la le les et en pour sur au aux contre against with avec par by'.split(' '),
  // "aux fins de", "à des fins de", "for the purpose of": one preposition in many words.
  ...'fins purpose'.split(' '),
  // "Convention … relative à la lutte" and "Convention … sur la lutte": one title, two prepositions.
  ...'relatif relative relatifs relatives'.split(' '),
]);

/**
 * A light, symmetric stem for French and English inflection: plural -s/-x, feminine -e, -trice and
 * -euse, doubled letters and English -ize ("européenne" → "europeen", "Nations" → "nation",
 * "coordinatrice" → "coordinateur", "Rapporteuse" → "rapporteur", "Organized" → "organis"). Applied to both sides of a
 * comparison, so over-stemming only merges words that differ by an ending.
 */
export function stem(folded: string): string {
  let word = folded;
  if (word.length > 3 && /[sx]$/.test(word)) word = word.slice(0, -1);
  if (word.length > 6 && /(?:trice|euse)$/.test(word)) word = word.replace(/trice$/, 'teur').replace(/euse$/, 'eur');
  // British and American spelling: "organised"/"organized", "organisation"/"organization".
  if (word.length > 6) word = word.replace(/iz(e|ed|ing|ation)$/, 'is$1');
  if (word.length > 4 && word.endsWith('e')) word = word.slice(0, -1);
  // Doubled letters read as one, anywhere: "-nne"/"-lle" endings, and a doubled letter typed by mistake ("coordinnateur").
  word = word.replace(/(\p{L})\1/gu, '$1');
  return word;
}

/**
 * The sign of a number in a title ("CETS No. 197", "Convention n° 197", "nº 29"): dropped before a
 * number, so every way of writing the number of a treaty reads the same.
 */
const NUMBER_SIGNS = new Set(['no', 'nos', 'n', 'nº', 'nr', 'numero', 'number']);

/** A number sign and its dot or degree sign, at the end of the text between two words of a name. */
const NUMBER_SIGN_BEFORE = /(?:^|\s)(?:nos?|nr|n|nº|num[ée]ro|number)\s*[.°]?\s*$/iu;

/** A word with a number glued to its end, as PDF text prints a footnote call ("personnes1", "Trafficking2"); "G20" and "CETS197" keep theirs. */
const FOOTNOTE_CALL = /^\p{L}\p{Ll}{2,}\d{1,2}$/u;

/**
 * The content words of a token list, as the gazetteer compares them: function words and number
 * signs dropped, the rest folded, without hyphens and stemmed, numbers without leading zeros ("029" → "29"),
 * ordinals as "64e" whatever their language or form (ordinals.ts); with the index of each in `tokens`. Names and text go through the same rule.
 */
export function contentWords(tokens: Token[]): { stem: string; index: number }[] {
  return tokens.flatMap((token, index) => {
    // A footnote's number glued to the word before it ("traite des êtres humains2"): the word alone.
    const folded = fold(FOOTNOTE_CALL.test(token.raw) ? token.raw.replace(/\d+$/u, '') : token.raw);
    if (FUNCTION_WORDS.has(folded)) return [];
    const next = tokens[index + 1];
    if (NUMBER_SIGNS.has(folded) && next && /^\d/.test(next.raw) && next.start - token.end <= 3) return [];
    if (/^\d+$/.test(folded)) return [{ stem: folded.replace(/^0+(?=\d)/, ''), index }];
    const ordinal = ordinalOf(folded);
    if (ordinal !== null) return [{ stem: `${ordinal}e`, index }];
    // "co-operation" and "cooperation", "Co-ordinator" and "coordinator" are one word.
    return [{ stem: stem(folded.replaceAll('-', '')), index }];
  });
}

/** Names are read again at every ingestion (the gazetteer is built from the graph each time): their stems are kept, up to a bound. */
const STEMS_KEPT = 50_000;
const stemsOfName = new Map<string, string[]>();

/** The content-word stems of a name, in order ("Conseil de l'Europe" → conseil, europ). The list is shared: copy it before changing it. */
export function contentStems(text: string): string[] {
  let stems = stemsOfName.get(text);
  if (!stems) {
    if (stemsOfName.size >= STEMS_KEPT) stemsOfName.clear();
    stems = contentWords(tokenize(text)).map((word) => word.stem);
    stemsOfName.set(text, stems);
  }
  return stems;
}

/**
 * Between two words of one name: no sentence or bracket punctuation, and at most five small words
 * ("witnesses for the purpose of the fight", "témoins aux fins de la lutte"). A comma only where the name itself has one (`comma`): "trafic
 * d'organes, de tissus et de cellules" is one name, "Conseil de l'Europe, Strasbourg" two.
 */
export function sameName(text: string, tokens: Token[], from: number, to: number, comma = false): boolean {
  if (to - from > 6) return false;
  // "CETS No. 197": the dot of a number sign is not a sentence's end.
  const between = text.slice(tokens[from]?.end ?? 0, tokens[to]?.start ?? 0).replace(NUMBER_SIGN_BEFORE, ' ');
  return !(comma ? /[.;:!?()[\]\n«»"“”]|,.*,/ : /[.;:!?()[\]\n«»"“”,]/).test(between);
}

/** Whether a word is written with a capital first letter. */
export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** The number of words of a quote, as the seed's evidence rule counts them. */
export function wordCount(text: string): number {
  return text.trim().split(/\s+/).filter(Boolean).length;
}
