import { fold } from './text.js';

/**
 * Ordinals in figures and in words, French and English, read as one number: "64e", "64th",
 * "soixante-quatrième", "sixty-fourth" and "58ème" are the same word of a name ("64e Session de
 * l'Assemblée générale", "la soixante-quatrième session de l'Assemblée générale"). Up to 99.
 */

/** "64e", "1er", "1re", "2ème", "58eme", "21st", "2nd", "3rd", "64th" (folded: no accents, lower case). */
const IN_FIGURES = /^(\d{1,3})(?:e|er|re|ere|eme|th|st|nd|rd)$/;

/** Words and their numbers, written "word number …" to keep the tables short. */
const table = (pairs: string) =>
  new Map(
    pairs
      .split(/\s+/)
      .reduce<[string, number][]>((list, item, index, all) => (index % 2 === 0 ? [...list, [item, Number(all[index + 1])]] : list), []),
  );

const CARDINALS = table(`et 0 un 1 une 1 deux 2 trois 3 quatre 4 cinq 5 six 6 sept 7 huit 8 neuf 9 dix 10 onze 11 douze 12 treize 13
  quatorze 14 quinze 15 seize 16 vingt 20 vingts 20 trente 30 quarante 40 cinquante 50 soixante 60
  one 1 two 2 three 3 four 4 five 5 seven 7 eight 8 nine 9 twenty 20 thirty 30 forty 40 fifty 50 sixty 60 seventy 70
  eighty 80 ninety 90`);

const ORDINALS = table(`premier 1 premiere 1 unieme 1 deuxieme 2 second 2 seconde 2 troisieme 3 quatrieme 4 cinquieme 5
  sixieme 6 septieme 7 huitieme 8 neuvieme 9 dixieme 10 onzieme 11 douzieme 12 treizieme 13 quatorzieme 14 quinzieme 15
  seizieme 16 vingtieme 20 trentieme 30 quarantieme 40 cinquantieme 50 soixantieme 60
  first 1 third 3 fourth 4 fifth 5 sixth 6 seventh 7 eighth 8 ninth 9 tenth 10 eleventh 11 twelfth 12 thirteenth 13
  fourteenth 14 fifteenth 15 sixteenth 16 seventeenth 17 eighteenth 18 nineteenth 19 twentieth 20 thirtieth 30
  fortieth 40 fiftieth 50 sixtieth 60 seventieth 70 eightieth 80 ninetieth 90`);

/**
 * The number of an ordinal (a folded word, hyphens kept: "soixante-dix-septieme" → 77,
 * "quatre-vingt-deuxieme" → 82, "twenty-fifth" → 25), or null when the word is no ordinal.
 */
export function ordinalOf(folded: string): number | null {
  // Most words are no ordinal: only these endings can be one.
  if (!/(?:\d[a-z]{1,3}|ieme|second|seconde|premier|premiere|first|third|th)$/.test(folded)) return null;
  const figures = IN_FIGURES.exec(folded);
  if (figures) return Number(figures[1]);
  const parts = folded.split('-');
  const last = ORDINALS.get(parts.at(-1) ?? '');
  if (last === undefined) return null;
  let total = last;
  for (let index = 0; index < parts.length - 1; index++) {
    const part = parts[index] ?? '';
    // "quatre-vingt": four twenties.
    if (part === 'quatre' && /^vingts?$/.test(parts[index + 1] ?? '')) {
      total += 80;
      index++;
      continue;
    }
    const value = CARDINALS.get(part);
    if (value === undefined) return null;
    total += value;
  }
  return total <= 99 ? total : null;
}

/** The value of one ordinal as written ("64e", "soixante-quatrième", "vingt et unième", "sixty-fourth"), or null. */
export function ordinalValue(word: string): number | null {
  return ordinalOf(fold(word).trim().replace(/\s+/g, '-'));
}

/** A word that may be an ordinal, in figures or in (hyphenated) words, for a regular expression. */
export const ORDINAL = '(\\d{1,3}(?:e|eme|ème|er|ère|re|th|st|nd|rd)|[\\p{L}]+(?:-[\\p{L}]+){0,3})';
