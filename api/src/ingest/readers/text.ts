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
    blocks: blocks.map((block, index) => ({ text: block, page: null, heading: isHeadingLine(block) || (index === 0 && titled) })),
    title: titled ? first : null,
  };
}

/** A short line without final punctuation, or written in capitals: reads as a heading. */
function isHeadingLine(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.length > 0 && trimmed.length <= 90 && !/[.,;:]$/.test(trimmed) && !trimmed.includes('\n') && /^[\p{Lu}\d]/u.test(trimmed);
}
