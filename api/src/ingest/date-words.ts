/**
 * A seed-form date or range ("2025-10-09", "2025-10", "2025") in words of the document's language,
 * for names an editor reads: "9–10 octobre 2025", "October 9 – November 10, 2025", "October 2025".
 */
export function datesInWords(start: string, end: string | undefined, language: 'fr' | 'en'): string {
  const precision = start.length >= 10 ? 'day' : start.length >= 7 ? 'month' : 'year';
  if (precision === 'year') return end && end.slice(0, 4) !== start.slice(0, 4) ? `${start.slice(0, 4)}–${end.slice(0, 4)}` : start.slice(0, 4);
  const format = new Intl.DateTimeFormat(language, {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'long',
    ...(precision === 'day' ? { day: 'numeric' } : {}),
  });
  const from = dateOf(start);
  const to = end && end.length === start.length ? dateOf(end) : null;
  return to && to > from ? format.formatRange(from, to) : format.format(from);
}

/** A seed-form date at midnight UTC (a month alone: its first day). */
function dateOf(value: string): Date {
  return new Date(`${value}${value.length === 7 ? '-01' : ''}T00:00:00Z`);
}
