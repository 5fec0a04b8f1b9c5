/**
 * When a fact holds: ONE rule per relationship type (and per dated node label), used by every
 * query through the `@inTime(r)` / `@inTimeNode(n)` Cypher fragments (cypher/fragments), by the
 * map statuses and by the web canvas (`factInTime`). Pure data and functions: the web imports it.
 *
 * Three kinds of facts:
 * - `status`: established on a date and lasting (a signature, a ratification): holds from its
 *   first dated property onwards, never ends in the graph.
 * - `period`: holds from `begin` to `end`; open-ended when the end is unknown (a membership, a
 *   programme, an office held). A period dated only by a `date` (e.g. a 2008 chairmanship) lasts
 *   that date's precision (the whole of 2008).
 * - `occurrence`: happens at a date or over `start`–`end` (an event, an evaluation report): it
 *   counts in a window it overlaps; "as of" a date, everything that had happened by then counts.
 *
 * Undated facts (no property of the rule set) are kept whatever the time filter: the graph does
 * not know when they held, and hiding them would hide e.g. Palermo Parties whose deposit date the
 * reference tables lack. Types and labels not listed are timeless (HELD_IN, LOCATED_IN, …).
 */
export type TimeRuleKind = 'status' | 'period' | 'occurrence';

export interface TimeRule {
  kind: TimeRuleKind;
  /** Properties that date the beginning, first present wins. */
  begin: readonly string[];
  /** Properties that date the end, first present wins (empty for a status). */
  end: readonly string[];
  /** Why this property: shown in cypher/README.md and the API docs. */
  why: string;
}

const status = (begin: string[], why: string): TimeRule => ({ kind: 'status', begin, end: [], why });
const period = (begin: string[], end: string[], why: string): TimeRule => ({ kind: 'period', begin, end, why });
const occurrence = (begin: string[], end: string[], why: string): TimeRule => ({ kind: 'occurrence', begin, end, why });

/** The rule table, keyed by relationship type or node label (the allow-lists of model/vocabulary.ts). */
export const TIME_RULES = {
  SIGNED: status(['date'], 'signature date; a signature stays recorded'),
  PARTY_TO: status(['date', 'start'], 'deposit of ratification/accession (`date`); entry into force (`start`) when the deposit date is unknown'),
  ADOPTED: status(['date'], 'adoption date of the instrument'),
  MEMBER_OF: period(['start', 'date'], ['end'], 'admission (`start`) to withdrawal or exclusion (`end`), open-ended while a member'),
  IMPLEMENTS: period(['start', 'date'], ['end', 'date'], 'the programme period during which the actor implements it'),
  CHAIRS: period(['start', 'date'], ['end', 'date'], 'an office held: the chairmanship year (`date`) or `start`–`end`'),
  AFFILIATED_WITH: period(['start', 'date'], ['end'], 'an office or affiliation held from `start` to `end`'),
  COOPERATES_WITH: period(['start', 'date'], ['end'], 'a cooperation agreement from `start`, open-ended'),
  EVALUATED: occurrence(['date'], ['date'], 'publication of the evaluation report of that round'),
  PRESENTED_AT: occurrence(['date'], ['date'], 'the day of the presentation'),
  PRODUCED: occurrence(['date'], ['date'], 'publication of the document'),
  Event: occurrence(['start'], ['end', 'start'], 'an event from its `start` to its `end` (one day when no end)'),
  Programme: period(['start'], ['end'], 'a programme from `start` to `end`'),
  Instrument: status(['adopted'], 'an instrument exists from its adoption'),
  Actor: status(['founded'], 'an organisation exists from its foundation'),
} as const satisfies Record<string, TimeRule>;

export type TimeRuleKey = keyof typeof TIME_RULES;

/** What the caller asked: a point in time (`asOf`) or a window (`from`/`to`), ISO dates of any precision. */
export interface TimeFilter {
  asOf?: string | null;
  from?: string | null;
  to?: string | null;
}

/** The `$time` parameter of the fragments (null when no time filter applies). */
export interface TimeParam {
  /** The latest moment of interest, padded to the end of its precision ('2010' → '2010-12-31'). */
  to: string;
  /** Per kind, the earliest moment an end may have (an end is compared padded with '~'). */
  from: Record<TimeRuleKind, string>;
  rules: Record<string, { kind: TimeRuleKind; begin: readonly string[]; end: readonly string[] }>;
}

/** '2010' → '2010-12-31', '2010-02' → '2010-02-31': the last moment of a date's precision, as a sortable string. */
export function endOfPrecision(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) return `${date}-31`;
  return date;
}

/** Strings after every date: an open window end. */
const OPEN_END = '~';

/** The rules as the Cypher fragments read them (without the explanations). */
export const RULES_PARAM: TimeParam['rules'] = Object.fromEntries(
  Object.entries(TIME_RULES).map(([key, rule]) => [key, { kind: rule.kind, begin: rule.begin, end: rule.end }]),
);

/**
 * Builds `$time` from `as_of` or `from`/`to`. Dates compare as strings: a begin like '2010' sorts
 * before '2010-12-31' (it may have begun at the start of 2010), and an end is padded with '~' so
 * '2022' reaches past '2022-06-30' (it may have ended at the end of 2022).
 */
export function timeParam(filter: TimeFilter): TimeParam | null {
  if (filter.asOf) {
    const point = endOfPrecision(filter.asOf);
    // As of a date: periods must still run at that moment; occurrences count once they happened.
    return { to: point, from: { status: '', period: point, occurrence: '' }, rules: RULES_PARAM };
  }
  if (!filter.from && !filter.to) return null;
  const from = filter.from ?? '';
  return { to: filter.to ? endOfPrecision(filter.to) : OPEN_END, from: { status: '', period: from, occurrence: from }, rules: RULES_PARAM };
}

/** The first of `keys` that `properties` holds as a string. */
function firstDate(properties: Record<string, unknown>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = properties[key];
    if (typeof value === 'string' && value !== '') return value;
  }
  return null;
}

/**
 * The same test as the Cypher fragments, for a fact already loaded (the web canvas and table):
 * `key` is the relationship type or the node's label.
 */
export function factInTime(key: string, properties: Record<string, unknown>, time: TimeParam | null): boolean {
  if (!time) return true;
  const rule = time.rules[key];
  if (!rule) return true;
  const begin = firstDate(properties, rule.begin);
  const end = firstDate(properties, rule.end);
  if (begin !== null && begin > time.to) return false;
  if (end !== null && end + OPEN_END < time.from[rule.kind]) return false;
  return true;
}

/** When a fact holds, by its rule: begin and end dates (null when unknown or open-ended). */
export function factSpan(key: string, properties: Record<string, unknown>): { begin: string | null; end: string | null; kind: TimeRuleKind | null } {
  const rule = (RULES_PARAM as Record<string, TimeParam['rules'][string] | undefined>)[key];
  if (!rule) return { begin: null, end: null, kind: null };
  return { begin: firstDate(properties, rule.begin), end: firstDate(properties, rule.end), kind: rule.kind };
}
