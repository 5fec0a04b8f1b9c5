import { fold } from './text.js';

/**
 * Ordinal numbers as UN and Council of Europe texts write them, in figures or in words, in French
 * or English: "64e", "58ème", "26th", "soixante-quatrième", "sixty-fourth", "vingt-cinquième".
 * A session is named by its ordinal ("la soixante-quatrième session de l'Assemblée générale").
 */
const LAST: Record<string, number> = {
  premier: 1,
  premiere: 1,
  unieme: 1,
  deuxieme: 2,
  second: 2,
  seconde: 2,
  troisieme: 3,
  quatrieme: 4,
  cinquieme: 5,
  sixieme: 6,
  septieme: 7,
  huitieme: 8,
  neuvieme: 9,
  dixieme: 10,
  onzieme: 11,
  douzieme: 12,
  treizieme: 13,
  quatorzieme: 14,
  quinzieme: 15,
  seizieme: 16,
  vingtieme: 20,
  trentieme: 30,
  quarantieme: 40,
  cinquantieme: 50,
  soixantieme: 60,
  first: 1,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
  eightieth: 80,
  ninetieth: 90,
};
/** The words before the last one of a compound ordinal ("soixante-dix-", "twenty-"). */
const TENS: Record<string, number> = {
  dix: 10,
  vingt: 20,
  vingts: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
  quatre: 4,
  et: 0,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** The value of one ordinal word ("64e", "soixante-quatrième", "sixty-fourth"), or null. */
export function ordinalValue(word: string): number | null {
  const folded = fold(word).trim();
  const figures = /^(\d{1,3})(?:e|eme|er|ere|re|th|st|nd|rd)$/.exec(folded);
  if (figures) return Number(figures[1]);
  const parts = folded.split(/[-\s]+/);
  const last = LAST[parts.at(-1) ?? ''];
  if (last === undefined) return null;
  let value = 0;
  for (const [index, part] of parts.slice(0, -1).entries()) {
    const tens = TENS[part];
    if (tens === undefined) return null;
    // "quatre-vingt": four twenties.
    value += part === 'quatre' && parts[index + 1]?.startsWith('vingt') ? 60 : tens;
  }
  return value + last;
}

/** A word that may be an ordinal, in figures or in (hyphenated) words, for a regular expression. */
export const ORDINAL = '(\\d{1,3}(?:e|eme|ème|er|ère|re|th|st|nd|rd)|[\\p{L}]+(?:-[\\p{L}]+){0,3})';
