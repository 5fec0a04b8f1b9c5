import { getDocument, PDFDateString } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { ReaderOutput } from '../document.js';
import { UnreadableDocument } from '../errors.js';

interface PdfTextItem {
  str: string;
  hasEOL: boolean;
  transform: number[];
  height: number;
}

interface Line {
  text: string;
  y: number;
  height: number;
}

/** The lines of a page's text content, top to bottom, as pdf.js marks their ends. */
function linesOf(items: PdfTextItem[]): Line[] {
  const lines: Line[] = [];
  let current: Line | null = null;
  for (const item of items) {
    const y = item.transform[5] ?? 0;
    // pdf.js does not always mark a line's end; a drop in baseline starts a new line too.
    if (current && item.str && Math.abs(current.y - y) > Math.max(current.height, item.height) * 0.5) {
      lines.push(current);
      current = null;
    }
    current ??= { text: '', y, height: item.height };
    current.text += item.str;
    current.height = Math.max(current.height, item.height);
    if (item.hasEOL) {
      lines.push(current);
      current = null;
    }
  }
  if (current) lines.push(current);
  return lines.filter((line) => line.text.trim());
}

/**
 * Paragraphs of a page: a new one starts where the gap between two lines is clearly wider than the
 * usual line spacing of the page, or where a line is short and ends a sentence.
 */
function paragraphsOf(lines: Line[], page: number): ReaderOutput['blocks'] {
  const gaps = lines
    .slice(1)
    .map((line, index) => Math.abs((lines[index]?.y ?? 0) - line.y))
    .filter((gap) => gap > 0);
  // Line spacing inside a paragraph is the smallest gap; a paragraph break is wider.
  const usual = Math.min(...gaps);
  const widest = Math.max(0, ...lines.map((line) => line.text.trim().length));
  const blocks: ReaderOutput['blocks'] = [];
  let text = '';
  lines.forEach((line, index) => {
    text = text ? `${text.replace(/-$/, '')}${text.endsWith('-') ? '' : ' '}${line.text.trim()}` : line.text.trim();
    const next = lines[index + 1];
    const gap = next ? Math.abs(line.y - next.y) : Infinity;
    const endsShort = /[.:;!?]$/.test(line.text.trim()) && line.text.trim().length < widest * 0.8;
    if (!next || gap > usual * 1.4 || endsShort) {
      blocks.push({ text, page, heading: text.length < 90 && !/[.;,]$/.test(text) && line.height > 0 && /^[\p{Lu}\d]/u.test(text) });
      text = '';
    }
  });
  return blocks;
}

/**
 * PDF: text with page numbers through pdf.js. Encrypted files and files without a text layer
 * (scans) are refused: Liaison does not run OCR.
 */
export async function readPdf(bytes: Uint8Array): Promise<ReaderOutput> {
  // pdf.js takes ownership of the buffer it is given.
  const task = getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: 0 });
  let pdf;
  try {
    pdf = await task.promise;
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') throw new UnreadableDocument('pdf-password', 'The PDF is encrypted with a password; send an unprotected copy.');
    throw new UnreadableDocument('pdf-unreadable', 'The file is not a readable PDF.');
  }
  try {
    const info = (await pdf.getMetadata()).info as Record<string, unknown>;
    if (info.EncryptFilterName) throw new UnreadableDocument('pdf-encrypted', 'The PDF is encrypted; send an unprotected copy.');
    const blocks: ReaderOutput['blocks'] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const items = content.items.filter((item) => 'str' in item);
      blocks.push(...paragraphsOf(linesOf(items as PdfTextItem[]), number));
      page.cleanup();
    }
    if (!blocks.some((block) => block.text.trim())) {
      throw new UnreadableDocument('pdf-no-text', 'The PDF has no text layer (empty or scanned images); Liaison does not run OCR.');
    }
    const created = typeof info.CreationDate === 'string' ? PDFDateString.toDateObject(info.CreationDate) : null;
    const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null);
    return {
      blocks,
      title: text(info.Title),
      publisher: text(info.Author),
      published: created ? created.toISOString().slice(0, 10) : null,
      language: text(info.Language),
      pages: pdf.numPages,
    };
  } finally {
    await pdf.destroy();
  }
}
