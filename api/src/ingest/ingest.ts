import type { ChangeActor } from '../curation/audit.js';
import type { Database } from '../db/driver.js';
import type { ReadDocument } from './document.js';
import { DocumentTooLarge, DuplicateDocument } from './errors.js';
import { analyse, type Analysis } from './proposals.js';
import { readDocument } from './readers/index.js';
import { knownFacts, loadGazetteer, sourceIdFor, sourceWithHash, writeDocument, type StoredProposal } from './store.js';

/** What the editor or the command line knows about the document, over what the file says. */
export interface IngestOptions {
  name?: string;
  language?: 'fr' | 'en';
  title?: string;
  url?: string;
  publisher?: string;
  published?: string;
  /** INGEST_MAX_BYTES. */
  maxBytes: number;
  /** Who ingests: recorded on the Source and credited with the suggestions in the review queue. */
  actor: ChangeActor;
}

export interface IngestResult {
  document: ReadDocument;
  sourceId: string;
  title: string;
  analysis: Analysis;
  proposals: StoredProposal[];
}

/**
 * Reads the document, links it to the graph and proposes facts, then writes the Source, its
 * passages and the proposals in one transaction. Nothing is written when the file is too large,
 * unreadable, unsupported, or a duplicate (typed errors, one sentence each).
 */
export async function ingestDocument(db: Database, bytes: Uint8Array, options: IngestOptions): Promise<IngestResult> {
  if (bytes.length > options.maxBytes) {
    throw new DocumentTooLarge(options.maxBytes);
  }
  const read = await readDocument(bytes, { name: options.name, language: options.language });
  const document: ReadDocument = {
    ...read,
    metadata: {
      ...read.metadata,
      url: options.url ?? read.metadata.url,
      publisher: options.publisher ?? read.metadata.publisher,
      published: options.published ?? read.metadata.published,
    },
  };
  const existing = await sourceWithHash(db, document.metadata.contentHash);
  if (existing) throw new DuplicateDocument(existing);
  const gazetteer = await loadGazetteer(db);
  const first = analyse(document, gazetteer);
  // Events are found by their dates as well as by name: their ids count as mentioned.
  const events = first.proposals.flatMap((proposal) => (proposal.kind === 'event' && proposal.existing ? [proposal.existing] : []));
  const known = await knownFacts(db, [...new Set([...first.mentions.map((mention) => mention.entityId), ...events])]);
  const analysis = analyse(document, gazetteer, known);
  const title = options.title ?? document.metadata.title ?? options.name ?? 'Untitled document';
  const sourceId = sourceIdFor(title, document.metadata.contentHash);
  const proposals = await writeDocument(db, document, analysis, { sourceId, title, actor: options.actor, gazetteer });
  return { document, sourceId, title, analysis, proposals };
}
