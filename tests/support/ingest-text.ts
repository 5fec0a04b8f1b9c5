import { toPassages, type ReadDocument } from '../../api/src/ingest/document.js';
import type { Gazetteer } from '../../api/src/ingest/gazetteer.js';
import { analyse, type RelationshipProposal } from '../../api/src/ingest/proposals.js';

/** A block of a fixture text: a paragraph, or a heading. */
export type Block = string | { heading: string };

/** A document of paragraphs and headings, as a reader would give it. */
export function documentOf(blocks: Block[], language: 'fr' | 'en'): ReadDocument {
  const { text, passages } = toPassages(
    blocks.map((block) =>
      typeof block === 'string' ? { text: block, page: null, heading: false } : { text: block.heading, page: null, heading: true },
    ),
  );
  return {
    text,
    passages,
    metadata: { title: null, publisher: null, published: null, url: null, language, symbol: null, contentHash: 'x', format: 'text', pages: null },
  };
}

/** The typed facts proposed for a text, as from|TYPE|to. */
export function factsOf(gazetteer: Gazetteer, blocks: Block[], language: 'fr' | 'en'): string[] {
  return analyse(documentOf(blocks, language), gazetteer)
    .proposals.filter((proposal): proposal is RelationshipProposal => proposal.kind === 'relationship' || proposal.kind === 'provenance')
    .map((proposal) => proposal.relationshipId);
}
