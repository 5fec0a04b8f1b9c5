import { suggestionCreateBody } from '../contract/curation.js';
import type { ChangeActor } from '../curation/audit.js';
import { createSuggestion } from '../curation/suggestions.js';
import type { Transaction } from '../db/driver.js';
import { endsAllowed } from '../model/relationship-ends.js';
import type { Gazetteer } from './gazetteer.js';
import type { Proposal, RelationshipProposal } from './proposals.js';

/**
 * The suggestion of issue 14's review queue for a relationship proposal: the same write an editor
 * would make (POST /api/relationships, which appends provenance when the fact exists), sourced to
 * the document with the passage's quote. Null when the model does not admit the ends or the body
 * is not valid: such proposals stay as (:Proposal) nodes.
 */
export function suggestionFor(proposal: RelationshipProposal, sourceId: string, gazetteer: Gazetteer) {
  const from = gazetteer.entities.get(proposal.from)?.label;
  const to = gazetteer.entities.get(proposal.to)?.label;
  if (!from || !to || !endsAllowed(proposal.type, from, to)) return null;
  const provenance = { source: sourceId, evidence: proposal.evidence };
  const note = `Proposed by document ingestion (${proposal.kind === 'provenance' ? 'a known fact stated again' : 'a new fact'}, confidence ${proposal.confidence}).`;
  const parsed = suggestionCreateBody.safeParse({
    change: { action: 'create-relationship', body: { type: proposal.type, from: proposal.from, to: proposal.to, provenance, note } },
    provenance,
    note,
  });
  return parsed.success ? parsed.data : null;
}

/**
 * Sends the relationship and provenance proposals to the review queue inside the ingestion's
 * transaction, each tagged with its document and passage. Returns the indexes of the proposals
 * queued (the others are stored as Proposal nodes by the caller).
 */
export async function queueSuggestions(
  tx: Transaction,
  actor: ChangeActor,
  proposals: Proposal[],
  context: { sourceId: string; passageId: (order: number) => string; gazetteer: Gazetteer },
): Promise<Map<number, string>> {
  const queued = new Map<number, string>();
  for (const [index, proposal] of proposals.entries()) {
    if (proposal.kind !== 'relationship' && proposal.kind !== 'provenance') continue;
    const body = suggestionFor(proposal, context.sourceId, context.gazetteer);
    if (!body) continue;
    const { suggestion } = await createSuggestion(tx, actor, body);
    await tx.run('ingest-link-suggestion', {
      id: suggestion.id,
      source: context.sourceId,
      passage: context.passageId(proposal.passage),
      confidence: proposal.confidence,
      kind: proposal.kind,
    });
    queued.set(index, suggestion.id);
  }
  return queued;
}
