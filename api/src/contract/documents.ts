import { z } from 'zod';
import { isoDate } from '../model/dates.js';
import { NODE_LABELS } from '../model/vocabulary.js';
import { suggestion } from './curation.js';
import { nodeId } from './filters.js';

const language = z.enum(['fr', 'en']);

/** Query parameters of POST /api/documents when the body is the file itself. */
export const documentQuery = z.strictObject({
  filename: z.string().trim().min(1).max(200).optional().meta({ description: 'The file name, used to tell HTML from text.', example: 'report.pdf' }),
  lang: language.optional().meta({ description: 'The document language; detected when absent.' }),
});

/** POST /api/documents with a JSON body: pasted text and what the editor knows about it. */
export const pastedDocument = z.strictObject({
  text: z.string().refine((text) => /\S/.test(text), 'must not be empty'),
  title: z.string().trim().min(1).max(500).optional(),
  language: language.optional(),
  url: z.url().optional(),
  publisher: z.string().trim().min(1).max(200).optional(),
  published: isoDate.optional(),
});

const proposal = z
  .object({
    id: z.string().meta({ description: 'The Suggestion id (review queue) or the Proposal node id.' }),
    queue: z.enum(['suggestion', 'proposal']).meta({
      description:
        'suggestion: in the review queue (GET /api/suggestions); proposal: kept as a (:Proposal) node (a known event, or what the model does not admit).',
    }),
    suggestions: z.array(z.string()).meta({ description: 'The suggestions it became: one, or a new event first and then its relationships.' }),
    kind: z.enum(['entity', 'event', 'relationship', 'provenance']),
    passage: z.number().int(),
    evidence: z.string(),
    confidence: z.number(),
  })
  .passthrough();

export const documentReport = z.object({
  source: z.object({
    id: z.string(),
    title: z.string(),
    publisher: z.string().nullable(),
    published: z.string().nullable(),
    url: z.string().nullable(),
    language,
    symbol: z.string().nullable(),
    content_sha256: z.string(),
    format: z.string(),
    pages: z.number().int().nullable(),
  }),
  passages: z.number().int(),
  mentions: z.number().int(),
  proposals: z.array(proposal),
});

// ── reading and reviewing ingested documents ────────────────────────────────

const sourceSummary = z.object({
  id: z.string(),
  title: z.string(),
  language,
  publisher: z.string().nullable(),
  published: z.string().nullable(),
  url: z.string().nullable(),
  symbol: z.string().nullable(),
  format: z.string().nullable(),
  pages: z.number().int().nullable(),
  ingested_at: z.string().nullable(),
  ingested_by: z.string().nullable(),
});

export const documentsResponse = z.object({
  documents: z.array(
    sourceSummary.extend({
      passages: z.number().int(),
      open: z.number().int().meta({ description: 'Suggestions of this document still waiting for review.' }),
    }),
  ),
});

export const documentParams = z.strictObject({ id: nodeId.meta({ description: 'The Source id of an ingested document.' }) });

export const mention = z.object({
  start: z.number().int().meta({ description: 'Offset in the passage text (UTF-16 code units).' }),
  end: z.number().int(),
  text: z.string(),
  entityId: z.string(),
  label: z.enum(NODE_LABELS),
  confidence: z.number(),
});

export const passage = z.object({
  id: z.string(),
  order: z.number().int(),
  page: z.number().int().nullable(),
  heading: z.boolean(),
  start: z.number().int().meta({ description: 'Offset of the passage in the document text.' }),
  end: z.number().int(),
  text: z.string(),
  mentions: z.array(mention).meta({ description: 'Names of the graph found in the passage, read against the graph as it is now.' }),
  suggestions: z.array(suggestion).meta({ description: 'What the passage proposed, every status (for editors; empty for other readers).' }),
});

export const documentResponse = z.object({ source: sourceSummary, passages: z.array(passage) });

export const passageParams = z.strictObject({ id: nodeId.meta({ description: 'A Passage id (`<source id>-p<order>`).' }) });
export const passageAcceptBody = z.strictObject({ note: z.string().trim().min(1).max(2000).optional() });
export const passageRejectBody = z.strictObject({ reason: z.string().trim().min(1).max(2000) });
export const passageReviewResponse = z.object({
  reviewed: z.array(z.string()).meta({ description: 'The suggestions accepted (new entities first) or rejected, in that order.' }),
  changeIds: z.array(z.string()),
  entities: z.array(z.string()).meta({ description: 'The entities the accepted proposals wrote or named (to show them).' }),
});

export type PastedDocument = z.infer<typeof pastedDocument>;
export type DocumentsResponse = z.infer<typeof documentsResponse>;
export type DocumentResponse = z.infer<typeof documentResponse>;
export type PassageReviewResponse = z.infer<typeof passageReviewResponse>;
export type Mention = z.infer<typeof mention>;
export type DocumentReport = z.infer<typeof documentReport>;

// ── refusals, in the user's language ─────────────────────────────────────────

/**
 * Why a document (or a document route) was refused: a stable reason the explorer translates into
 * the user's language (web/src/i18n/documents-*.ts), with the values its sentence names in `params`.
 * `message` keeps the English sentence for API clients and the command line.
 */
export const DOCUMENT_REFUSALS = [
  'file-empty',
  'no-text',
  'text-empty',
  'html-empty',
  'docx-unreadable',
  'docx-empty',
  'zip-not-docx',
  'unsupported-type',
  'pdf-password',
  'pdf-encrypted',
  'pdf-unreadable',
  'pdf-no-text',
  'too-large',
  'duplicate',
  'body-empty',
  'document-not-found',
  'passage-not-found',
] as const;
export type DocumentRefusalReason = (typeof DOCUMENT_REFUSALS)[number];

export const documentRefusal = z.object({
  error: z.object({
    code: z.string(),
    message: z.string().meta({ description: 'The sentence in English.' }),
    field: z.string().optional(),
    reason: z.enum(DOCUMENT_REFUSALS).meta({ description: 'Stable: the explorer shows its own sentence for it, in the user’s language.' }),
    params: z
      .record(z.string(), z.union([z.string(), z.number()]))
      .meta({ description: 'The values the sentence names (`name`, `maxBytes`, `source`, `id`).' }),
  }),
});
export type DocumentRefusal = z.infer<typeof documentRefusal>['error'];
