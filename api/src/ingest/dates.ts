import { isIsoDate } from '../model/dates.js';
import { fold } from './text.js';

/**
 * Dates written in French or English prose, normalised to the graph's ISO forms (YYYY, YYYY-MM,
 * YYYY-MM-DD; see model/dates.ts): "15-16 novembre 2021" → 2021-11-15 … 2021-11-16, "8 and 9
 * November 2017", "en juin 2015" → 2015-06, "November 15, 2021", "1er mars", "2021".
 */
export interface DateMention {
  /** Offsets in the text given to findDates. */
  start: number;
  end: number;
  text: string;
  /** The first day (or month, or year) the text names. */
  from: string;
  /** The last one, for a range. */
  to?: string;
  precision: 'day' | 'month' | 'year';
}

const MONTHS: Record<string, number> = {
  janvier: 1,
  fevrier: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  decembre: 12,
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
// Longest first, so "septembre" is not read as "sept".
const MONTH = `(${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')})\\.?`;
const DAY = '(\\d{1,2})(?:er|re|st|nd|rd|th)?';
const YEAR = '((?:1[89]|20)\\d{2})';
const DASH = '\\s*[-–—]\\s*';
const AND = `(?:${DASH}|\\s*(?:/|&|,)\\s*|\\s+(?:and|et|to|au|a|until|jusqu'au)\\s+)`;
const GAP = '(?:\\s+|\\s*,\\s*)';

interface Pattern {
  regex: RegExp;
  /** Builds the mention from the match groups; null when the numbers are not a real date. */
  read(groups: string[], contextYear?: number): Omit<DateMention, 'start' | 'end' | 'text'> | null;
}

const pad = (value: number) => String(value).padStart(2, '0');
const day = (year: number, month: number, dayOfMonth: number) => `${year}-${pad(month)}-${pad(dayOfMonth)}`;
const monthOf = (name: string | undefined) => MONTHS[(name ?? '').replace(/\.$/, '')] ?? 0;

/** A range, or a single date when both ends are the same; null when a day does not exist. */
function range(from: string, to: string | undefined, precision: DateMention['precision']) {
  if (!isIsoDate(from) || (to !== undefined && !isIsoDate(to))) return null;
  if (to !== undefined && to < from) return null;
  return to === undefined || to === from ? { from, precision } : { from, to, precision };
}

const PATTERNS: Pattern[] = [
  {
    // 30 novembre - 2 décembre 2021; 30 November to 2 December 2021
    regex: new RegExp(`\\b${DAY}\\s+${MONTH}(?:\\s+${YEAR})?${AND}${DAY}\\s+${MONTH}${GAP}${YEAR}\\b`, 'g'),
    read: ([d1, m1, y1, d2, m2, y2]) => {
      const y = Number(y2);
      return range(day(Number(y1 ?? y), monthOf(m1), Number(d1)), day(y, monthOf(m2), Number(d2)), 'day');
    },
  },
  {
    // 15-16 novembre 2021; 8 and 9 November 2017; du 24 au 25 février 2021
    regex: new RegExp(`\\b${DAY}${AND}${DAY}\\s+${MONTH}(?:${GAP}${YEAR})?\\b`, 'g'),
    read: ([d1, d2, m, y], contextYear) => {
      const year = y ? Number(y) : contextYear;
      if (!year) return null;
      return range(day(year, monthOf(m), Number(d1)), day(year, monthOf(m), Number(d2)), 'day');
    },
  },
  {
    // November 15-16, 2021; November 15, 2021
    regex: new RegExp(`\\b${MONTH}\\s+${DAY}(?:${AND}${DAY})?,?\\s+${YEAR}\\b`, 'g'),
    read: ([m, d1, d2, y]) => {
      const month = monthOf(m);
      return range(day(Number(y), month, Number(d1)), d2 ? day(Number(y), month, Number(d2)) : undefined, 'day');
    },
  },
  {
    // 15 novembre 2021; le 1er mars (year from the context)
    regex: new RegExp(`\\b${DAY}\\s+${MONTH}(?:${GAP}${YEAR})?\\b`, 'g'),
    read: ([d, m, y], contextYear) => {
      const year = y ? Number(y) : contextYear;
      // "5 may" without a year is more often the English verb than a date.
      if (!year || (!y && m === 'may')) return null;
      return range(day(year, monthOf(m), Number(d)), undefined, 'day');
    },
  },
  {
    // 2021-11-15
    regex: /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/g,
    read: ([y, m, d]) => range(`${y}-${m}-${d}`, undefined, 'day'),
  },
  {
    // 15/11/2021, 15.11.2021 (day first, as in French and UN documents)
    regex: /\b(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d{2})\b/g,
    read: ([d, m, y]) => range(day(Number(y), Number(m), Number(d)), undefined, 'day'),
  },
  {
    // juin - juillet 2015; June to July 2015
    regex: new RegExp(`\\b${MONTH}${AND}${MONTH}\\s+${YEAR}\\b`, 'g'),
    read: ([m1, m2, y]) => range(`${y}-${pad(monthOf(m1))}`, `${y}-${pad(monthOf(m2))}`, 'month'),
  },
  {
    // en juin 2015; June 2015
    regex: new RegExp(`\\b${MONTH}\\s+${YEAR}\\b`, 'g'),
    read: ([m, y]) => range(`${y}-${pad(monthOf(m))}`, undefined, 'month'),
  },
  {
    // entre 2006 et 2008; between 2006 and 2008; de 2015 à 2017; from 2015 to 2017 (the years only, as "2015-2017")
    regex: new RegExp(`(?<=\\b(?:entre|between|de|from)\\s+)${YEAR}\\s+(?:et|and|a|to)\\s+${YEAR}\\b`, 'g'),
    read: ([y1, y2]) => range(y1 ?? '', y2, 'year'),
  },
  {
    // 2015-2017; a year alone (not part of a document symbol such as A/RES/2015)
    regex: new RegExp(`(?<![/\\d.-])${YEAR}(?:${DASH}${YEAR})?(?![/\\d]|-\\d)`, 'g'),
    read: ([y1, y2]) => range(y1 ?? '', y2, 'year'),
  },
];

/**
 * Folds the text to lower case without accents while keeping every character at its offset, so
 * matches on the folded text point into the original.
 */
export function foldAligned(text: string): string {
  const folded = fold(text);
  if (folded.length === text.length) return folded;
  return Array.from(text, (char) => {
    const one = fold(char);
    return one.length === char.length ? one : char;
  }).join('');
}

/**
 * Every date of a text, left to right, without overlaps (the most specific reading wins).
 * `contextYear` completes dates written without a year ("le 15 novembre"), e.g. the year of the
 * nearest heading or of the document.
 */
export function findDates(text: string, contextYear?: number): DateMention[] {
  const folded = foldAligned(text);
  const taken: [number, number][] = [];
  const found: DateMention[] = [];
  for (const pattern of PATTERNS) {
    for (const match of folded.matchAll(pattern.regex)) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      const reading = pattern.read(match.slice(1) as string[], contextYear);
      if (!reading) continue;
      taken.push([start, end]);
      found.push({ start, end, text: text.slice(start, end), ...reading });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The year a heading or dateline names ("Rapport annuel 2019", "Strasbourg, 15 novembre 2021"), if exactly one. */
export function headingYear(heading: string): number | undefined {
  const years = new Set(findDates(heading).flatMap((mention) => [mention.from.slice(0, 4), (mention.to ?? mention.from).slice(0, 4)]));
  return years.size === 1 ? Number([...years][0]) : undefined;
}
