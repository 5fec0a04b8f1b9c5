import { RULES_PARAM, type TimeRuleKind } from '../../model/time-rules.js';

/**
 * When an element exists on a timeline (Gephi's, in GEXF spells and the Gephi CSV `Timeset`),
 * derived from THE time rule of api/src/model/time-rules.ts, so that an export played in Gephi
 * shows at each date what the canvas, the map and the API's `as_of` show (docs/export-import.md,
 * "Time"):
 * - `status` (SIGNED, PARTY_TO, ADOPTED, Instrument, Actor): from its date, open-ended;
 * - `period` (MEMBER_OF, IMPLEMENTS, CHAIRS, AFFILIATED_WITH, COOPERATES_WITH, Programme): from
 *   its begin to its end, open-ended when the end is unknown;
 * - `occurrence` (EVALUATED, PRESENTED_AT, PRODUCED, Event): the day(s) it happened;
 * - a computed cooperation link (`first`/`last`, no rule of its own): its first to last shared event;
 * - anything undated or without a rule: no spell, so Gephi shows it at every time (as the API
 *   keeps undated facts whatever the time filter).
 * A partial date covers its whole period: `2021` starts on 2021-01-01 and ends on 2021-12-31.
 */

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The first day a partial ISO date covers: 2021 → 2021-01-01, 2021-11 → 2021-11-01. */
export function firstDay(date: string): string | null {
  const match = DATE.exec(date);
  if (!match) return null;
  return `${match[1]}-${match[2] ?? '01'}-${match[3] ?? '01'}`;
}

/** The last day a partial ISO date covers: 2021 → 2021-12-31, 2024-02 → 2024-02-29. */
export function lastDay(date: string): string | null {
  const match = DATE.exec(date);
  if (!match) return null;
  if (match[3]) return date;
  const year = Number(match[1]);
  const month = match[2] ? Number(match[2]) : 12;
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${match[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A time span; no `end` means open-ended (still holds). */
export interface Spell {
  start: string;
  end?: string;
}

function text(properties: Record<string, unknown>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = properties[key];
    if (typeof value === 'string' && value !== '') return value;
  }
  return null;
}

/** The spell of a fact whose rule is `kind`, begun on `begin` and ended on `end` (null: unknown). */
function spellOf(kind: TimeRuleKind, begin: string | null, end: string | null): Spell | null {
  if (begin === null) return null;
  const start = firstDay(begin);
  if (!start) return null;
  // A status never ends in the graph; a period without a known end still runs.
  if (kind === 'status' || end === null) return kind === 'occurrence' ? spellOf(kind, begin, begin) : { start };
  const last = lastDay(end);
  if (!last || last < start) return null;
  return { start, end: last };
}

/** The spell of a fact by the rule of `key` (relationship type or node label); null without a rule. */
function spellByRule(key: string, properties: Record<string, unknown>): Spell | null {
  const rule = RULES_PARAM[key];
  if (!rule) return null;
  return spellOf(rule.kind, text(properties, rule.begin), text(properties, rule.end));
}

/** The spell of a node: by the rule of its first label that has one (as the Cypher fragment `@inTimeNode`). */
export function nodeSpell(labels: string[], properties: Record<string, unknown>): Spell | null {
  const label = labels.find((candidate) => RULES_PARAM[candidate] !== undefined);
  return label === undefined ? null : spellByRule(label, properties);
}

/** The spell of a relationship by its type's rule; computed cooperation links from their first to their last event. */
export function edgeSpell(type: string, properties: Record<string, unknown>): Spell | null {
  if (RULES_PARAM[type] === undefined) {
    const first = text(properties, ['first']);
    return first === null ? null : spellOf('period', first, text(properties, ['last']) ?? first);
  }
  return spellByRule(type, properties);
}
