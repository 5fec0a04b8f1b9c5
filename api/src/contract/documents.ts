import { z } from 'zod';
import { isoDate } from '../model/dates.js';

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
      description: 'suggestion: in the review queue (GET /api/suggestions); proposal: stored for review as a (:Proposal) node.',
    }),
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

export type PastedDocument = z.infer<typeof pastedDocument>;
export type DocumentReport = z.infer<typeof documentReport>;
