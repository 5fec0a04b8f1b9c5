/**
 * Turns what a user types into a Lucene query for the `entity_names` full-text index. The index
 * uses Neo4j's `standard-folding` analyzer (lower case, accents folded, English stop words
 * dropped); prefix and fuzzy terms bypass the analyzer, so we fold them the same way here.
 */

/** Lucene's English stop words: the analyzer never indexes them, so requiring one would find nothing. */
const STOP_WORDS = new Set(
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'.split(' '),
);

/** Letters the ASCII-folding filter maps but Unicode decomposition does not. */
const EXTRA_FOLDS: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

const MAX_TERMS = 8;

/** Anything but printable ASCII (space to tilde). */
const NOT_PLAIN_ASCII = /[^ -~]/;

/** Lower case, accents removed, typographic apostrophes made plain: "Bélarus" → "belarus". */
export function foldText(text: string): string {
  // Plain ASCII (most ids and names) has no accent to remove: the Unicode passes would change nothing.
  if (!NOT_PLAIN_ASCII.test(text)) return text.toLowerCase().replaceAll('`', "'");
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[œæßøłđðþı]/g, (letter) => EXTRA_FOLDS[letter] ?? letter);
}

/** Escapes every character the Lucene query parser treats as syntax. */
export function escapeLucene(term: string): string {
  return term.replace(/[+\-!(){}[\]^"~*?:\\/&|]/g, (char) => `\\${char}`);
}

/**
 * The searchable terms of a text, as the standard tokenizer sees them: runs of letters and
 * digits, keeping inner apostrophes ("l'europe"). Stop words are dropped unless nothing else is left.
 */
export function searchTerms(text: string): string[] {
  const tokens = foldText(text).match(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu) ?? [];
  const meaningful = tokens.filter((token) => !STOP_WORDS.has(token));
  return (meaningful.length > 0 ? meaningful : tokens).slice(0, MAX_TERMS);
}

/**
 * Every term must match, either exactly (boosted), as a prefix (typeahead) or, from 4 characters
 * on, within one edit (typos). Returns null when the text holds no searchable term.
 */
export function luceneQuery(text: string): string | null {
  const terms = searchTerms(text);
  if (terms.length === 0) return null;
  return terms
    .map((term) => {
      const escaped = escapeLucene(term);
      const options = [`${escaped}^4`, `${escaped}*^2`];
      if (term.length >= 4) options.push(`${escaped}~1`);
      return `+(${options.join(' ')})`;
    })
    .join(' ');
}

/**
 * A test of whether the text names an entity exactly: its id, an acronym, an alias or a name,
 * folded. The text is folded once; a candidate is folded whole only when its first letter, folded
 * alone, could start the text (folding works letter by letter), since search checks ~250 names a request.
 */
export function exactMatcher(text: string): (candidates: (string | null | undefined)[]) => boolean {
  const wanted = foldText(text).trim();
  const couldMatch = (candidate: string) => {
    const start = candidate.trimStart().codePointAt(0);
    if (start === undefined) return false;
    const folded = foldText(String.fromCodePoint(start));
    // A letter that folds to nothing or to a space (a lone accent) leaves the question to the whole fold.
    return folded.trim() === '' || wanted.startsWith(folded);
  };
  return (candidates) =>
    wanted !== '' && candidates.some((candidate) => candidate != null && couldMatch(candidate) && foldText(candidate).trim() === wanted);
}
