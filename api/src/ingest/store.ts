import type { ChangeActor } from '../curation/audit.js';
import type { Database } from '../db/driver.js';
import { neo4jErrorCode } from '../db/driver.js';
import type { NodeLabel } from '../model/vocabulary.js';
import type { ReadDocument } from './document.js';
import { DuplicateDocument } from './errors.js';
import { Gazetteer, type GazetteerEntity } from './gazetteer.js';
import type { Analysis, Proposal } from './proposals.js';
import { queueSuggestions } from './review.js';
import { fold } from './text.js';

/** The ingestion's write transaction may run longer than a read: all of a document or nothing. */
const WRITE_TIMEOUT_MS = 120_000;

/** The gazetteer of the graph as it is now (cypher/queries/ingest-gazetteer.cypher). */
export async function loadGazetteer(db: Database): Promise<Gazetteer> {
  const rows = await db.read('ingest-gazetteer', {}, { timeoutMs: 60_000 });
  return new Gazetteer(
    rows.map((row) => ({
      id: String(row.id),
      label: row.label as NodeLabel,
      names: (row.names as string[]) ?? [],
      acronyms: (row.acronyms as string[]) ?? [],
      kind: (row.kind as string | null) ?? null,
      start: (row.start as string | null) ?? null,
      end: (row.end as string | null) ?? null,
    })) satisfies GazetteerEntity[],
  );
}

/** The ids of the relationships the graph holds between the given entities. */
export async function knownFacts(db: Database, ids: string[]): Promise<Set<string>> {
  const rows = await db.read('ingest-known-facts', { ids }, { timeoutMs: 60_000 });
  return new Set(rows.map((row) => String(row.id)));
}

/** The Source already made from these bytes, or null. */
export async function sourceWithHash(db: Database, hash: string): Promise<string | null> {
  const [row] = await db.read('ingest-source-by-hash', { hash });
  return row ? String(row.id) : null;
}

/** `doc-` + the title's slug + the first 8 hex digits of the content hash: readable and unique. */
export function sourceIdFor(title: string, hash: string): string {
  const slug = fold(title)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return `doc-${slug || 'document'}-${hash.slice(0, 8)}`;
}

/** A stored proposal: Suggestions of the review queue, or a (:Proposal) node for what the queue cannot express. */
export interface StoredProposal {
  id: string;
  proposal: Proposal;
  /** Where it waits for review. */
  queue: 'suggestion' | 'proposal';
  /** The suggestions it became: one, or a new event and its relationships (the event first). */
  suggestions: string[];
}

/**
 * Writes the Source, its passages and its proposals in ONE transaction. A concurrent ingestion of
 * the same bytes trips the content-hash constraint and becomes a DuplicateDocument.
 */
export async function writeDocument(
  db: Database,
  document: ReadDocument,
  analysis: Analysis,
  options: { sourceId: string; title: string; actor: ChangeActor; gazetteer: Gazetteer },
): Promise<StoredProposal[]> {
  const { metadata } = document;
  const id = options.sourceId;
  const passageId = (order: number) => `${id}-p${order}`;
  const properties = {
    kind: 'document',
    title: options.title,
    [metadata.language === 'fr' ? 'name_fr' : 'name_en']: options.title,
    language: metadata.language,
    publisher: metadata.publisher,
    published: metadata.published,
    url: metadata.url,
    symbol: metadata.symbol,
    content_sha256: metadata.contentHash,
    format: metadata.format,
    pages: metadata.pages,
    ingested_at: new Date().toISOString(),
    ingested_by: options.actor.name,
  };
  const passages = document.passages.map((passage) => ({
    id: passageId(passage.order),
    order: passage.order,
    text: passage.text,
    page: passage.page,
    start: passage.start,
    end: passage.end,
    heading: passage.heading,
  }));
  let stored: StoredProposal[] = [];
  try {
    stored = await db.writeTransaction(
      async (tx) => {
        await tx.run('ingest-create-source', { id, properties: withoutNulls(properties), passages });
        const queued = await queueSuggestions(tx, options.actor, analysis.proposals, {
          sourceId: id,
          language: metadata.language,
          passageId,
          gazetteer: options.gazetteer,
        });
        const all = analysis.proposals.map((proposal, index): StoredProposal => {
          const ids = queued.get(index) ?? [];
          return ids[0]
            ? { id: ids[0], proposal, queue: 'suggestion', suggestions: ids }
            : { id: `${id}-q${index + 1}`, proposal, queue: 'proposal', suggestions: [] };
        });
        // What the queue cannot express stays a (:Proposal) node for the record: an event the graph
        // already holds (its facts are queued one by one), a new name the seed's schema refuses (an
        // event without a day), a fact whose ends the model does not admit.
        const rows = all
          .filter((item) => item.queue === 'proposal')
          .map(({ id: proposalId, proposal }) => {
            const { passage, evidence, confidence, kind, ...payload } = proposal;
            return {
              id: proposalId,
              source: id,
              passage: passageId(passage),
              kind,
              origin: 'ingest',
              status: 'open',
              confidence,
              evidence,
              payload: JSON.stringify(payload),
            };
          });
        if (rows.length > 0) await tx.run('ingest-create-proposals', { proposals: rows });
        return all;
        // A long report queues hundreds of suggestions (three statements each) in this one transaction.
      },
      { timeoutMs: WRITE_TIMEOUT_MS },
    );
  } catch (error) {
    if (neo4jErrorCode(error) === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      throw new DuplicateDocument((await sourceWithHash(db, metadata.contentHash)) ?? id);
    }
    throw error;
  }
  return stored;
}

function withoutNulls(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== null && value !== undefined));
}
