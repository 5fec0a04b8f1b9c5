/** A run of a passage's text: plain, a mention of an entity, and whether it lies in the quote being shown. */
export interface Segment {
  text: string;
  start: number;
  mention: { entityId: string; label: string } | null;
  quoted: boolean;
}

interface Span {
  start: number;
  end: number;
  entityId: string;
  label: string;
}

/** Spaces and typographic apostrophes/quotes folded, so a stored quote finds its words in the passage. */
function normalise(text: string): { folded: string; map: number[] } {
  let folded = '';
  const map: number[] = [];
  for (let index = 0; index < text.length; index += 1) {
    let char = text[index] ?? '';
    if (/\s/.test(char)) {
      if (folded.endsWith(' ')) continue;
      char = ' ';
    }
    if (char === '’' || char === '‘') char = "'";
    folded += char;
    map.push(index);
  }
  return { folded, map };
}

/** Where a quote lies in a text, as [start, end) offsets of the text; null when it does not. */
export function quoteRange(text: string, quote: string | undefined): [number, number] | null {
  if (!quote?.trim()) return null;
  const inText = normalise(text);
  const wanted = normalise(quote.trim()).folded;
  const at = inText.folded.indexOf(wanted);
  if (at < 0) return null;
  const start = inText.map[at] ?? 0;
  const last = inText.map[at + wanted.length - 1] ?? start;
  return [start, last + 1];
}

/** The index of the first passage that contains the quote, or -1. */
export function passageWithQuote(texts: string[], quote: string | undefined): number {
  return texts.findIndex((text) => quoteRange(text, quote) !== null);
}

/**
 * A passage cut into runs so each mention can be coloured and clicked and the quote marked: cuts at
 * every mention boundary and at the quote's ends; overlapping mentions keep the first.
 */
export function segmentsOf(text: string, mentions: Span[], quote?: string): Segment[] {
  const spans = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Span[] = [];
  for (const span of spans) if (span.start >= (kept.at(-1)?.end ?? 0) && span.end <= text.length && span.end > span.start) kept.push(span);
  const range = quoteRange(text, quote);
  const cuts = new Set([0, text.length, ...kept.flatMap((span) => [span.start, span.end]), ...(range ?? [])]);
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let index = 0; index < points.length - 1; index += 1) {
    const start = points[index] ?? 0;
    const end = points[index + 1] ?? start;
    if (end <= start) continue;
    const span = kept.find((candidate) => candidate.start <= start && candidate.end >= end);
    segments.push({
      text: text.slice(start, end),
      start,
      mention: span ? { entityId: span.entityId, label: span.label } : null,
      quoted: range !== null && start >= range[0] && end <= range[1],
    });
  }
  return segments;
}
