/** A sentence of a passage with its offsets in the passage. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** Sentences end at . ! ? followed by a capital, a quote or a digit; abbreviations like "M." and "Mr." stay inside. */
export function sentences(text: string): Sentence[] {
  const result: Sentence[] = [];
  let start = 0;
  for (const match of text.matchAll(/(?<!\b(?:M|Mr|Mrs|Ms|Dr|St|Mme|Mlle|No|n°|art|p|pp|cf|ex|e\.g|i\.e|etc))[.!?;]\s+(?=[\p{Lu}«"“\d])/gu)) {
    const end = match.index + 1;
    result.push({ start, end, text: text.slice(start, end) });
    start = match.index + match[0].length;
  }
  if (start < text.length) result.push({ start, end: text.length, text: text.slice(start) });
  return result;
}

const MAX_WORDS = 12;

/**
 * A verbatim quote of at most 12 words from `text` covering [from, to) as well as it can: the words
 * touching the span, widened evenly on both sides up to the limit (the seed's evidence rule).
 */
export function evidenceQuote(text: string, from: number, to: number, maxWords = MAX_WORDS): string {
  const words = [...text.matchAll(/\S+/g)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  if (words.length === 0) return '';
  let first = words.findIndex((word) => word.end > from);
  if (first < 0) first = words.length - 1;
  let last = words.findLastIndex((word) => word.start < to);
  if (last < first) last = first;
  if (last - first + 1 > maxWords) last = first + maxWords - 1;
  while (last - first + 1 < maxWords && (first > 0 || last < words.length - 1)) {
    if (last < words.length - 1) last++;
    if (last - first + 1 < maxWords && first > 0) first--;
  }
  const quote = text.slice(words[first]?.start ?? 0, words[last]?.end ?? text.length);
  // Brackets and trailing punctuation cut in half read badly; the quote stays a substring.
  return quote.replace(/[,;:(]+$/, '').trim();
}
