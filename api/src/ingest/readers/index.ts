import { findDates } from '../dates.js';
import { sha256, toPassages, type DocumentFormat, type ReadDocument, type ReaderOutput } from '../document.js';
import { UnreadableDocument, UnsupportedDocument } from '../errors.js';
import { detectLanguage, languageTag } from '../language.js';
import { readDocx } from './docx.js';
import { readHtml } from './html.js';
import { readPdf } from './pdf-thread.js';
import { readText } from './text.js';

/**
 * The format of a file, from its first bytes (a name can lie): %PDF, a zip holding
 * word/document.xml, HTML markup, or text (no NUL bytes).
 */
export function detectFormat(bytes: Uint8Array, name = ''): DocumentFormat {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.startsWith('%PDF-')) return 'pdf';
  if (head.startsWith('PK\u0003\u0004')) {
    if (Buffer.from(bytes).includes('word/document.xml', 0, 'latin1')) return 'docx';
    throw new UnsupportedDocument('zip-not-docx', 'This zip file is not a Word document; Liaison reads HTML, PDF, DOCX and plain text.');
  }
  if (bytes.subarray(0, 8192).includes(0)) {
    throw new UnsupportedDocument('unsupported-type', `${name ? `"${name}" is` : 'This file is'} not HTML, PDF, DOCX or plain text.`, { name });
  }
  if (/^\s*(<!doctype html|<html|<head|<body)/i.test(head.replace(/^\uFEFF|^\u00EF\u00BB\u00BF/, '')) || /\.x?html?$/i.test(name)) return 'html';
  return 'text';
}

/** A UN document symbol: A/65/113, A/RES/64/178, S/RES/2331 (2016), E/CN.15/2020/8, CTOC/COP/2020/10. */
const SYMBOL = /\b(?:A|S|E|CTOC|CAC|CCPCJ|HRC|CEDAW|CRC|ST|TD)\/(?:[A-Z]{1,5}(?:\.\d+)?\/)*\d+(?:\/[A-Za-z0-9.]+)*(?:\s\(\d{4}\))?/;

/** Options of one read: the language when the editor knows it. */
export interface ReadOptions {
  name?: string;
  language?: 'fr' | 'en';
}

async function readFormat(format: DocumentFormat, bytes: Uint8Array): Promise<ReaderOutput> {
  switch (format) {
    case 'pdf':
      return readPdf(bytes);
    case 'docx':
      return readDocx(bytes);
    case 'html':
      return readHtml(bytes);
    case 'text':
      return readText(bytes);
  }
}

/** The earliest full date of the first passages (a dateline), when the file's metadata has none. */
function datelineDate(passages: ReadDocument['passages']): string | null {
  for (const passage of passages.slice(0, 8)) {
    const date = findDates(passage.text).find((mention) => mention.precision === 'day' && !mention.to);
    if (date) return date.from;
  }
  return null;
}

function isoOrNull(value: string | null | undefined): string | null {
  const date = findDates(value ?? '').find((mention) => mention.precision === 'day')?.from;
  if (date) return date;
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(value ?? '')?.[1];
  return iso ?? null;
}

/**
 * Reads a file of any supported format into metadata and passages. Throws UnsupportedDocument
 * or UnreadableDocument with one sentence for the editor.
 */
export async function readDocument(bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadDocument> {
  if (bytes.length === 0) throw new UnreadableDocument('file-empty', 'The file is empty.');
  const format = detectFormat(bytes, options.name);
  const output = await readFormat(format, bytes);
  const { text, passages } = toPassages(output.blocks);
  if (passages.length === 0) throw new UnreadableDocument('no-text', 'The document has no text.');
  const language = options.language ?? languageTag(output.language) ?? detectLanguage(text);
  return {
    metadata: {
      title: output.title?.trim() || passages.find((passage) => passage.heading)?.text.slice(0, 300) || null,
      publisher: output.publisher ?? null,
      published: isoOrNull(output.published) ?? datelineDate(passages),
      url: output.url ?? null,
      language,
      symbol: SYMBOL.exec(text.slice(0, 5000))?.[0] ?? null,
      contentHash: sha256(bytes),
      format,
      pages: output.pages ?? null,
    },
    text,
    passages,
  };
}
