import type { Provenance } from '../../api/client';

/** The provenance picker's content: an existing Source found by typeahead, or a new one. */
export type ProvenanceDraft =
  | { mode: 'existing'; source: { id: string; name: string } | null; evidence: string }
  | { mode: 'new'; title: string; publisher: string; published: string; url: string; language: 'en' | 'fr'; evidence: string };

export const EMPTY_PROVENANCE: ProvenanceDraft = { mode: 'existing', source: null, evidence: '' };

/** Words of a quote, counted as the seed's rule counts them (runs of non-space). */
export function wordCount(quote: string): number {
  return quote.trim() ? quote.trim().split(/\s+/).length : 0;
}

export const MAX_EVIDENCE_WORDS = 12;

/**
 * The provenance a draft stands for, or why it cannot be sent yet: a source is required, a
 * document (every `doc-` Source, every new one) needs its quote, and a quote has at most 12 words.
 */
export function provenanceOf(draft: ProvenanceDraft): { provenance: Provenance } | { problem: 'needSource' | 'needEvidence' | 'tooLong' } {
  const evidence = draft.evidence.trim();
  if (wordCount(evidence) > MAX_EVIDENCE_WORDS) return { problem: 'tooLong' };
  if (draft.mode === 'existing') {
    if (!draft.source) return { problem: 'needSource' };
    if (!evidence && draft.source.id.startsWith('doc-')) return { problem: 'needEvidence' };
    return { provenance: { source: draft.source.id, ...(evidence ? { evidence } : {}) } };
  }
  if (!draft.title.trim()) return { problem: 'needSource' };
  if (!evidence) return { problem: 'needEvidence' };
  const optional = (value: string) => (value.trim() ? value.trim() : undefined);
  return {
    provenance: {
      newSource: {
        title: draft.title.trim(),
        language: draft.language,
        kind: 'document',
        aliases: [],
        ...(optional(draft.publisher) ? { publisher: optional(draft.publisher) } : {}),
        ...(optional(draft.published) ? { published: optional(draft.published) } : {}),
        ...(optional(draft.url) ? { url: optional(draft.url) } : {}),
      },
      evidence,
    },
  };
}
