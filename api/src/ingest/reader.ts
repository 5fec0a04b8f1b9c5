import type { DocumentResponse, DocumentsResponse } from '../contract/documents.js';
import { toSuggestion } from '../curation/suggestions.js';
import type { Database } from '../db/driver.js';
import { DocumentNotFound } from './errors.js';
import { learnAbbreviations, type Gazetteer } from './gazetteer.js';
import { loadGazetteer } from './store.js';

type Stored = Record<string, unknown>;
const orNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const intOrNull = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

function summary(source: Stored): DocumentResponse['source'] {
  return {
    id: String(source.id),
    title: String(source.title ?? source.name_en ?? source.name_fr ?? source.id),
    language: source.language === 'fr' ? 'fr' : 'en',
    publisher: orNull(source.publisher),
    published: orNull(source.published),
    url: orNull(source.url),
    symbol: orNull(source.symbol),
    format: orNull(source.format),
    pages: intOrNull(source.pages),
    ingested_at: orNull(source.ingested_at),
    ingested_by: orNull(source.ingested_by),
  };
}

/** The ingested documents, newest first (cypher/queries/document-list.cypher). */
export async function listDocuments(db: Database): Promise<DocumentsResponse> {
  const rows = await db.read('document-list');
  return {
    documents: rows.map((row) => ({ ...summary(row.source as Stored), passages: Number(row.passages), open: Number(row.open) })),
  };
}

/**
 * Mentions of each passage read against the graph as it is now, with the abbreviations the document
 * introduces: an entity accepted from this document is highlighted from then on.
 */
function mentionsOf(texts: string[], base: Gazetteer): DocumentResponse['passages'][number]['mentions'][] {
  const { learnt } = learnAbbreviations(texts, base);
  const gazetteer = learnt.length > 0 ? base.withLearnt(learnt) : base;
  return texts.map((text) =>
    gazetteer
      .match(text)
      .map(({ start, end, text: words, entityId, label, confidence }) => ({ start, end, text: words, entityId, label, confidence })),
  );
}

/** One ingested document for the reader: passages, their mentions, and (for editors) their suggestions. */
export async function readStoredDocument(db: Database, id: string, withSuggestions: boolean): Promise<DocumentResponse> {
  const [row] = await db.read('document-read', { id }, { timeoutMs: 60_000 });
  if (!row) throw new DocumentNotFound('document-not-found', id);
  const passages = (row.passages as Stored[]) ?? [];
  const mentions = mentionsOf(
    passages.map((passage) => String(passage.text)),
    await loadGazetteer(db),
  );
  return {
    source: summary(row.source as Stored),
    passages: passages.map((passage, index) => ({
      id: String(passage.id),
      order: Number(passage.order),
      page: intOrNull(passage.page),
      heading: passage.heading === true,
      start: Number(passage.start),
      end: Number(passage.end),
      text: String(passage.text),
      mentions: mentions[index] ?? [],
      suggestions: withSuggestions ? ((passage.suggestions as Stored[]) ?? []).map(toSuggestion) : [],
    })),
  };
}
