import type { Provenance } from '../contract/curation.js';
import type { Transaction } from '../db/driver.js';
import { BadRequest } from '../errors.js';
import { entityIdFor } from '../model/entity-id.js';
import { seedNodeSchema } from '../seed/schema.js';
import type { NodeState } from './elements.js';
import { freeId } from './ids.js';

/** One statement of a fact: the Source, the quote, and (for reference tables) the row's page. */
export interface Statement {
  source: string;
  evidence: string;
  source_url?: string;
  /** The Source this write created (new source), for the change record. */
  createdSource?: NodeState;
}

/**
 * Checks provenance against the seed's rules and, for a new Source, creates it in the caller's
 * transaction: a document needs a quote, a reference table the URL of its row.
 */
export async function resolveProvenance(tx: Transaction, provenance: Provenance, field = 'provenance'): Promise<Statement> {
  let sourceId: string;
  let kind: string;
  let createdSource: NodeState | undefined;
  if ('source' in provenance) {
    const [row] = await tx.run('curate-node-labels', { ids: [provenance.source] });
    if (!row || row.label !== 'Source') throw new BadRequest(`"${provenance.source}" is not a Source node.`, `${field}.source`);
    sourceId = provenance.source;
    kind = String(row.kind);
  } else {
    const { id: givenId, ...fields } = provenance.newSource;
    const base = givenId ?? entityIdFor('Source', fields);
    if (!base) throw new BadRequest('A new source needs a title to make its id from.', `${field}.newSource.title`);
    sourceId = await freeId(tx, base, givenId === undefined, `${field}.newSource.id`);
    const parsed = seedNodeSchema.safeParse({ label: 'Source', id: sourceId, ...fields });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new BadRequest(`${issue?.message ?? 'invalid source'}`, [field, 'newSource', ...(issue?.path ?? []).map(String)].join('.'));
    }
    const { label: _label, ...properties } = parsed.data;
    // A source is named by its title when no display name is given (as the seed does).
    const named = properties.name_en || properties.name_fr ? {} : { [fields.language === 'fr' ? 'name_fr' : 'name_en']: fields.title };
    const state: NodeState = { id: sourceId, label: 'Source', properties: { ...properties, ...named, version: 1 } };
    await tx.run('curate-create-node', { label: 'Source', properties: state.properties });
    createdSource = state;
    kind = provenance.newSource.kind;
  }
  if (kind === 'document' && !provenance.evidence)
    throw new BadRequest(`${field}.evidence: is required for a fact taken from a document: quote it (at most 12 words).`, `${field}.evidence`);
  if (kind === 'reference' && !provenance.source_url)
    throw new BadRequest(`${field}.source_url: is required for a fact taken from reference data: the URL of its row.`, `${field}.source_url`);
  return {
    source: sourceId,
    evidence: provenance.evidence ?? '',
    ...(provenance.source_url ? { source_url: provenance.source_url } : {}),
    ...(createdSource ? { createdSource } : {}),
  };
}
