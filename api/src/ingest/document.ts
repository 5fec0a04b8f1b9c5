import { createHash } from 'node:crypto';

/** The formats Liaison reads. */
export const DOCUMENT_FORMATS = ['html', 'pdf', 'docx', 'text'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

/** A paragraph of a document: its text, its place in reading order, its page and its offsets. */
export interface Passage {
  /** 1-based reading order. */
  order: number;
  text: string;
  /** 1-based page for a PDF; null for formats without pages. */
  page: number | null;
  /** Offsets of the passage in the document's full text (`ReadDocument.text`). */
  start: number;
  end: number;
  /** A heading (h1–h6, or a short title line): dates in it give the year of what follows. */
  heading: boolean;
}

/** What a document says about itself. */
export interface DocumentMetadata {
  title: string | null;
  publisher: string | null;
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD). */
  published: string | null;
  url: string | null;
  language: 'fr' | 'en';
  /** A UN document symbol such as A/65/113 or S/RES/2331 (2016). */
  symbol: string | null;
  /** SHA-256 of the bytes as received: the identity used to detect a re-ingested document. */
  contentHash: string;
  format: DocumentFormat;
  pages: number | null;
}

/** A document read into passages, before any linking. */
export interface ReadDocument {
  metadata: DocumentMetadata;
  /** The passages' texts joined by blank lines; offsets point into it. */
  text: string;
  passages: Passage[];
}

/** What a reader returns: blocks of text in reading order, plus the metadata the format carries. */
export interface ReaderOutput {
  blocks: { text: string; page: number | null; heading: boolean }[];
  title?: string | null;
  publisher?: string | null;
  published?: string | null;
  url?: string | null;
  language?: string | null;
  pages?: number | null;
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Collapses white space inside a block and trims it; NFC so offsets are stable whatever the source's normal form. */
export function cleanBlock(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\s\u00A0]+/g, ' ')
    .trim();
}

/** Joins blocks into the document text and passages with offsets; empty blocks are dropped. */
export function toPassages(blocks: ReaderOutput['blocks']): { text: string; passages: Passage[] } {
  const passages: Passage[] = [];
  let text = '';
  for (const block of blocks) {
    const clean = cleanBlock(block.text);
    if (!clean) continue;
    if (text) text += '\n\n';
    const start = text.length;
    text += clean;
    passages.push({ order: passages.length + 1, text: clean, page: block.page, start, end: text.length, heading: block.heading });
  }
  return { text, passages };
}
