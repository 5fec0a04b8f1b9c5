import { findDates } from '../dates.js';
import type { ReaderOutput } from '../document.js';
import { UnreadableDocument } from '../errors.js';

/** Decodes UTF-8 (with or without BOM), falling back to Windows-1252 for older files. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * Plain text: paragraphs are separated by blank lines. A text without blank lines (a copy of a web
 * page, one block per line) is read one line per paragraph instead. A short first line is the title.
 */
export function readText(bytes: Uint8Array): ReaderOutput {
  const text = decodeText(bytes).replace(/\r\n?/g, '\n');
  if (!/\S/.test(text)) throw new UnreadableDocument('text-empty', 'The text is empty.');
  const byBlankLines = text.split(/\n[ \t]*\n/);
  const lines = text.split('\n').filter((line) => line.trim());
  const blocks = byBlankLines.length > 1 && byBlankLines.length * 3 > Math.min(lines.length, 30) ? byBlankLines : lines;
  const first = blocks.find((block) => block.trim())?.trim() ?? '';
  const titled = first.length <= 200 && !/[.;:]$/.test(first);
  return {
    // A long title is still a heading when a dateline follows it ("Conférence « … », Strasbourg" / "16 juin 2015").
    blocks: blocks.map((block, index) => ({
      text: block,
      page: null,
      heading: isHeadingLine(block) || (index === 0 && titled) || (isTitleLine(block) && isDateline(blocks[index + 1] ?? '')),
    })),
    title: titled ? first : null,
  };
}

/** A line of a title's length without a sentence's final punctuation. */
function isTitleLine(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.length > 0 && trimmed.length <= 300 && !/[.;:!?]$/.test(trimmed) && !trimmed.includes('\n') && /^[\p{Lu}\d«"“]/u.test(trimmed);
}

/** A line that is only a date ("16 juin 2015", "8-9 November 2016"). */
function isDateline(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length === 0 || trimmed.length > 40) return false;
  const rest = findDates(trimmed).reduce((text, date) => text.replace(date.text, ''), trimmed);
  return rest !== trimmed && !/\p{L}{3}/u.test(rest);
}

/** A short line without final punctuation, or written in capitals: reads as a heading. */
function isHeadingLine(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.length > 0 && trimmed.length <= 90 && !/[.,;:]$/.test(trimmed) && !trimmed.includes('\n') && /^[\p{Lu}\d]/u.test(trimmed);
}
