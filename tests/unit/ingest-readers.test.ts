import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../api/src/ingest/document.js';
import { UnreadableDocument, UnsupportedDocument } from '../../api/src/ingest/errors.js';
import { detectLanguage } from '../../api/src/ingest/language.js';
import { detectFormat, readDocument } from '../../api/src/ingest/readers/index.js';
import { asHtml, asPlainText, ENGLISH, FRENCH, type FixtureText } from '../fixtures/ingest/texts.js';

/** Each reader on fixture documents written for these tests (tests/fixtures/ingest), in French and English. */
const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/ingest');
const fixture = (name: string) => readFileSync(path.join(fixtures, name));
// The PDF fixtures are written with a standard font, which has no typographic apostrophe.
const straight = (text: string) => text.replace(/’/g, "'");

const CASES: { language: 'fr' | 'en'; text: FixtureText }[] = [
  { language: 'fr', text: FRENCH },
  { language: 'en', text: ENGLISH },
];

describe.each(CASES)('readers ($language)', ({ language, text }) => {
  const name = language === 'fr' ? 'french' : 'english';

  it('text: title, paragraphs in order with offsets, language detected', async () => {
    const bytes = Buffer.from(asPlainText(text));
    const document = await readDocument(bytes);
    expect(document.metadata).toMatchObject({ format: 'text', title: text.title, language, contentHash: sha256(bytes) });
    expect(document.passages.map((passage) => passage.text)).toEqual([text.title, text.dateline, ...text.paragraphs]);
    for (const passage of document.passages) expect(document.text.slice(passage.start, passage.end)).toBe(passage.text);
  });

  it('HTML: the article without menu or footer, metadata from the page', async () => {
    const document = await readDocument(Buffer.from(asHtml(text, language)));
    expect(document.metadata).toMatchObject({ format: 'html', title: text.title, language, url: `https://example.org/${language}/news/fixture` });
    expect(document.metadata.publisher).toBe('Liaison test publisher');
    const passages = document.passages.map((passage) => passage.text);
    for (const paragraph of text.paragraphs) expect(passages).toContain(paragraph);
    expect(passages.join(' ')).not.toMatch(/Cookie policy|Accueil/);
  });

  it('PDF: paragraphs with their page numbers and the file’s metadata', async () => {
    const document = await readDocument(fixture(`${name}.pdf`));
    expect(document.metadata).toMatchObject({ format: 'pdf', title: text.title, pages: 2, publisher: 'Liaison test publisher', language });
    const byText = new Map(document.passages.map((passage) => [passage.text, passage.page]));
    text.paragraphs.slice(0, -1).forEach((paragraph) => expect(byText.get(straight(paragraph))).toBe(1));
    expect(byText.get(straight(text.paragraphs.at(-1) ?? ''))).toBe(2);
  });

  it('DOCX: heading and paragraphs, core properties', async () => {
    const document = await readDocument(fixture(`${name}.docx`));
    expect(document.metadata).toMatchObject({ format: 'docx', title: text.title, published: '2021-11-17', language });
    expect(document.passages.map((passage) => passage.text)).toEqual([text.title, text.dateline, ...text.paragraphs]);
    expect(document.passages[0]?.heading).toBe(true);
  });
});

describe('language and format detection', () => {
  it('detects French and English when no language is given', () => {
    expect(detectLanguage(FRENCH.paragraphs.join(' '))).toBe('fr');
    expect(detectLanguage(ENGLISH.paragraphs.join(' '))).toBe('en');
  });

  it('trusts the editor’s language over detection', async () => {
    expect((await readDocument(Buffer.from(asPlainText(FRENCH)), { language: 'en' })).metadata.language).toBe('en');
  });

  it('finds a UN document symbol', async () => {
    const document = await readDocument(Buffer.from('Assemblée générale\n\nA/65/113\n\nRapport du Secrétaire général sur la traite.\n'));
    expect(document.metadata.symbol).toBe('A/65/113');
  });

  it('tells formats by their bytes, not their names', () => {
    expect(detectFormat(fixture('english.pdf'), 'report.txt')).toBe('pdf');
    expect(detectFormat(fixture('english.docx'), 'report.bin')).toBe('docx');
    expect(detectFormat(Buffer.from('<!DOCTYPE html><p>x</p>'))).toBe('html');
    expect(() => detectFormat(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]))).toThrow(UnsupportedDocument);
  });
});

describe('refusals', () => {
  it('refuses an image-only PDF, an encrypted PDF, a broken PDF and an empty file, each with one sentence', async () => {
    for (const bytes of [fixture('image-only.pdf'), fixture('encrypted.pdf'), Buffer.from('%PDF-1.4 broken'), Buffer.alloc(0), Buffer.from(' \n ')]) {
      const error = await readDocument(bytes).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(UnreadableDocument);
      expect((error as Error).message).toMatch(/^[^.]+\.$/);
    }
  });
});
