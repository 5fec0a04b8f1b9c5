/**
 * When an element exists on a timeline (Gephi's, in GEXF spells and the Gephi CSV `Interval`).
 * The rule, per kind of element (docs/export-import.md, "Time"):
 * - an Event or Programme node: from the first day of `start` to the last day of `end` (or of `start`);
 * - a relationship with `start`: a period from `start`, to `end` when given, else open-ended
 *   (a membership that has not ended). A `PARTY_TO` with both `date` (the ratification or
 *   accession) and a later `start` (the entry into force for that party) counts from `start`: a
 *   State is a party once the treaty is in force for it (Vienna Convention, art. 2(1)(g));
 *   `date` stays an attribute;
 * - a status relationship (`PARTY_TO`, `MEMBER_OF`) with only a `date`: from that date, open-ended;
 * - any other relationship with a `date` (a signature, an adoption, an evaluation, a
 *   presentation): the day (or the month or year) of the act;
 * - everything else: no spell, so Gephi shows it at every time.
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

/** Relationships that describe a standing status, so a lone `date` is where it begins. */
export const STATUS_TYPES: ReadonlySet<string> = new Set(['PARTY_TO', 'MEMBER_OF']);

/** Node labels whose `start`/`end` are the node's own lifetime. */
const PERIOD_LABELS: ReadonlySet<string> = new Set(['Event', 'Programme']);

function text(properties: Record<string, unknown>, key: string): string | undefined {
  const value = properties[key];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function period(from: string, to: string | undefined, openEnded: boolean): Spell | null {
  const start = firstDay(from);
  if (!start) return null;
  if (to === undefined && openEnded) return { start };
  const end = lastDay(to ?? from);
  if (!end || end < start) return null;
  return { start, end };
}

/** The spell of a node: Events and Programmes over their start/end; other nodes have none. */
export function nodeSpell(labels: string[], properties: Record<string, unknown>): Spell | null {
  if (!labels.some((label) => PERIOD_LABELS.has(label))) return null;
  const start = text(properties, 'start');
  return start ? period(start, text(properties, 'end'), false) : null;
}

/** The spell of a relationship by the rule above (computed links: from their first to their last event). */
export function edgeSpell(type: string, properties: Record<string, unknown>): Spell | null {
  const start = text(properties, 'start') ?? text(properties, 'first');
  if (start) return period(start, text(properties, 'end') ?? text(properties, 'last'), true);
  const date = text(properties, 'date');
  if (date) return period(date, undefined, STATUS_TYPES.has(type));
  return null;
}
