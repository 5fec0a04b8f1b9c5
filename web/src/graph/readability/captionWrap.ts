/** Width of a piece of text in pixels (canvas measureText) or in characters (the default). */
export type Measure = (text: string) => number;

const byCharacters: Measure = (text) => text.length;
const ELLIPSIS = '…';

/**
 * Wraps a caption into at most `maxLines` lines no wider than `maxWidth`, breaking only between
 * words. When the words do not fit, the last line ends with an ellipsis placed after a whole word,
 * never inside one. A single word wider than a line is kept whole: cutting it would make it
 * unreadable ("ean Border and Coast G"), and a little overflow is the lesser harm.
 */
export function wrapCaption(caption: string, maxWidth: number, maxLines = 2, measure: Measure = byCharacters): string[] {
  const words = caption.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let index = 0;
  while (index < words.length && lines.length < maxLines) {
    let line = words[index]!;
    index++;
    while (index < words.length && measure(`${line} ${words[index]}`) <= maxWidth) {
      line = `${line} ${words[index]}`;
      index++;
    }
    lines.push(line);
  }
  if (index < words.length) lines[lines.length - 1] = withEllipsis(lines[lines.length - 1]!, maxWidth, measure);
  return lines;
}

/** Ends a line with "…", dropping whole words from its end until the ellipsis fits. */
function withEllipsis(line: string, maxWidth: number, measure: Measure): string {
  const words = line.split(' ');
  while (words.length > 1 && measure(`${words.join(' ')}${ELLIPSIS}`) > maxWidth) words.pop();
  // Punctuation left before the ellipsis reads as a typo (",…"), so it goes.
  return `${words.join(' ').replace(/[\s,;:·–-]+$/u, '')}${ELLIPSIS}`;
}

/** The wrapped caption as Cytoscape draws it with `text-wrap: wrap` (explicit line breaks). */
export function wrappedLabel(caption: string, maxWidth: number, maxLines = 2, measure: Measure = byCharacters): string {
  return wrapCaption(caption, maxWidth, maxLines, measure).join('\n');
}
