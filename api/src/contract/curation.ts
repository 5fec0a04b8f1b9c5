import { z } from 'zod';
import { entityIdFor } from '../model/entity-id.js';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../model/vocabulary.js';
import { seedNodeSchema, seedRelationshipSchema, sourceNodeSchema } from '../seed/schema.js';
import { nodeId } from './filters.js';
import { graphEdge, graphNode } from './graph.js';

/**
 * The curation API (issue 14): requests and responses of every write to the graph, its review
 * queue and its audit trail. Validation reuses the seed's schemas (api/src/seed/schema.ts), so a
 * curated fact obeys exactly the rules of a seeded one. The web app builds its forms from these.
 */

const text = z.string().trim().min(1);
const note = text.max(2000).optional().meta({ description: 'Why: an optional note kept in the change record.' });
const reason = text.max(2000).meta({ description: 'Why the element goes (kept in the change record).' });

/** The version a client read; a write that names an older one gets 409 with the current element. */
export const version = z
  .number()
  .int()
  .min(0)
  .meta({ description: 'The `version` property of the element as read (absent = 0); a different current version → 409.' });

/** A property value an entity may hold (null is not a value: use `unset`). */
export const curatedValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);
const properties = z.record(z.string(), curatedValue);

/** Keys no curator sets directly: identity and bookkeeping. */
export const RESERVED_NODE_KEYS = ['id', 'label', 'version'] as const;

/** A verbatim quote of at most 12 words (the seed's rule). */
export const evidence = seedRelationshipSchema.shape.evidence.unwrap().meta({
  description: 'Verbatim quote of at most 12 words from the source, in its language; required when the source is a document.',
});

/** A new Source, created in the same transaction as the fact it supports; its id is generated unless given. */
export const newSource = sourceNodeSchema
  .omit({ label: true, id: true })
  .extend({
    id: sourceNodeSchema.shape.id.optional(),
    kind: sourceNodeSchema.shape.kind.default('document'),
  })
  .meta({ description: 'A Source to add: title and language required; publisher, published (ISO date), url optional.' });

/** Where a fact comes from: an existing Source, or a new one. */
export const provenance = z
  .union([
    z.strictObject({
      source: nodeId.meta({ description: 'Id of an existing Source node (`doc-…` or `ref-…`).' }),
      evidence: evidence.optional(),
      source_url: z.url().optional().meta({ description: 'For reference tables: the public page of the row.' }),
    }),
    z.strictObject({
      newSource,
      evidence: evidence.optional(),
      source_url: z.url().optional(),
    }),
  ])
  .meta({ id: 'Provenance' });

/** Seed validation issues as zod issues under `properties.<key>` (or `id`), so 400s name the field. */
function checkNode(node: Record<string, unknown>, ctx: z.RefinementCtx): void {
  const parsed = seedNodeSchema.safeParse(node);
  if (parsed.success) return;
  for (const issue of parsed.error.issues) {
    const [key, ...rest] = issue.path.map(String);
    const path = key === undefined ? ['properties'] : key === 'id' || key === 'label' ? [key, ...rest] : ['properties', key, ...rest];
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    if (keys.length > 0) ctx.addIssue({ code: 'custom', path: ['properties', keys[0] as string], message: 'is not a property of this label' });
    else ctx.addIssue({ code: 'custom', path, message: issue.message });
  }
}

/** The node a create request describes, with its id (given or generated); throws nothing. */
export function nodeOfCreate(body: { label: (typeof NODE_LABELS)[number]; id?: string; properties: Record<string, unknown> }) {
  return { label: body.label, id: body.id ?? entityIdFor(body.label, body.properties), ...body.properties };
}

// ── entities ────────────────────────────────────────────────────────────────

export const entityCreateBody = z
  .strictObject({
    label: z.enum(NODE_LABELS),
    id: z.string().min(1).max(200).optional().meta({ description: 'Generated from the name with the label prefix when absent.' }),
    properties: properties.meta({ description: "The label's properties as in the seed (name_en or name_fr required)." }),
    provenance: provenance.optional(),
    note,
  })
  .superRefine((body, ctx) => {
    for (const key of RESERVED_NODE_KEYS)
      if (key in body.properties) ctx.addIssue({ code: 'custom', path: ['properties', key], message: 'is set by the server' });
    const node = nodeOfCreate(body);
    if (node.id === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['id'],
        message: body.label === 'Country' ? 'is required for a Country (ISO 3166-1 alpha-2)' : 'cannot be made from the name: give one',
      });
      return;
    }
    checkNode(node, ctx);
  });

export const entityParams = z.strictObject({ id: nodeId });

export const entityPatchBody = z
  .strictObject({
    version,
    set: properties.default({}).meta({ description: 'Properties to set (validated with the whole node by the seed schema).' }),
    unset: z.array(text).default([]).meta({ description: 'Property keys to remove.' }),
    note,
  })
  .superRefine((body, ctx) => {
    if (Object.keys(body.set).length === 0 && body.unset.length === 0)
      ctx.addIssue({ code: 'custom', path: ['set'], message: 'set or unset something' });
    for (const key of RESERVED_NODE_KEYS) {
      if (key in body.set) ctx.addIssue({ code: 'custom', path: ['set', key], message: 'cannot be changed' });
      if (body.unset.includes(key)) ctx.addIssue({ code: 'custom', path: ['unset'], message: `${key} cannot be removed` });
    }
  });

export const entityDeleteBody = z.strictObject({ version, reason });
export const entityRestoreBody = z.strictObject({ note });

export const entityMergeBody = z.strictObject({
  into: nodeId.meta({ description: 'The entity that stays; the merged one (the path id) becomes a redirect to it.' }),
  version: version.meta({ description: 'Version of the merged entity (the path id) as read.' }),
  intoVersion: version.meta({ description: 'Version of the `into` entity as read.' }),
  note,
});

/** Validates a node's properties after a patch against the seed schema (the server calls it). */
export const curatedNode = z
  .object({ label: z.enum(NODE_LABELS), id: z.string(), properties: z.record(z.string(), z.unknown()) })
  .superRefine((node, ctx) => checkNode({ label: node.label, id: node.id, ...node.properties }, ctx));

export const entityResponse = z.object({ node: graphNode, changeId: z.string() });
export const entityMergeResponse = z.object({
  node: graphNode.meta({ description: 'The entity that stayed, with its new aliases.' }),
  redirectedFrom: z.string(),
  relationships: z.object({
    repointed: z.number().int().meta({ description: 'Relationships moved to the kept entity.' }),
    united: z.number().int().meta({ description: 'Relationships that existed on both: merged, provenance united.' }),
    dropped: z.number().int().meta({ description: 'Relationships between the two entities (they would be loops).' }),
  }),
  changeId: z.string(),
});
export const entityDeleteResponse = z.object({ deleted: z.string(), relationships: z.number().int(), changeId: z.string() });

// ── relationships ───────────────────────────────────────────────────────────

const rel = seedRelationshipSchema.shape;
/** Qualifiers of a fact, as the seed defines them. */
export const qualifiers = z.strictObject({
  role: rel.role,
  date: rel.date,
  start: rel.start,
  end: rel.end,
  round: rel.round,
  action_type: rel.action_type,
  note: rel.note,
});
export const QUALIFIER_KEYS = ['role', 'date', 'start', 'end', 'round', 'action_type', 'note'] as const;

export const relationshipCreateBody = z.strictObject({
  type: z.enum(RELATIONSHIP_TYPES),
  from: nodeId,
  to: nodeId,
  qualifiers: qualifiers.default({}),
  provenance,
  note,
});

export const relationshipParams = z.strictObject({ id: z.string().min(1).max(500) });

export const relationshipPatchBody = z
  .strictObject({
    version,
    set: qualifiers
      .omit({ round: true })
      .default({})
      .meta({ description: 'Qualifiers to set (the round is part of the identity: delete and create).' }),
    unset: z.array(z.enum(['role', 'date', 'start', 'end', 'action_type', 'note'])).default([]),
    note,
  })
  .superRefine((body, ctx) => {
    if (Object.keys(body.set).length === 0 && body.unset.length === 0)
      ctx.addIssue({ code: 'custom', path: ['set'], message: 'set or unset something' });
  });

export const relationshipDeleteBody = z.strictObject({ version, reason });
export const relationshipRestoreBody = z.strictObject({ note });

/** Adds one more source to an existing fact. */
export const provenanceAppendBody = z.strictObject({ version, provenance, note });

export const relationshipResponse = z.object({
  relationship: graphEdge,
  changeId: z.string(),
  appended: z.boolean().meta({ description: 'True when the fact existed and the provenance was added to its sources/evidence.' }),
});
export const relationshipDeleteResponse = z.object({ deleted: z.string(), changeId: z.string() });

// ── audit trail ─────────────────────────────────────────────────────────────

export const CHANGE_ACTIONS = ['create', 'update', 'delete', 'restore', 'merge', 'provenance', 'revert', 'import', 'suggest', 'reject'] as const;
export const ELEMENT_KINDS = ['node', 'relationship', 'suggestion', 'graph', 'story'] as const;
export const VIAS = ['ui', 'api-token', 'admin-token', 'import', 'cli'] as const;

export const change = z
  .object({
    id: z.string(),
    at: z.string().meta({ description: 'ISO 8601 instant (UTC).' }),
    actor: z.string().meta({ description: 'Account name (or `admin-token`).' }),
    role: z.string(),
    via: z.enum(VIAS),
    action: z.enum(CHANGE_ACTIONS),
    element_kind: z.enum(ELEMENT_KINDS),
    element_id: z.string(),
    before: z.unknown().meta({ description: 'The changed element before (properties, relationships), null when created.' }),
    after: z.unknown().meta({ description: 'The changed element after, null when deleted.' }),
    note: z.string().nullable(),
    suggested_by: z.string().nullable(),
    reverts: z.string().nullable().meta({ description: 'The change this one reverts.' }),
    reverted_by: z.string().nullable().meta({ description: 'The change that reverted this one.' }),
  })
  .meta({ id: 'Change' });

export const historyResponse = z.object({ changes: z.array(change).meta({ description: 'Newest first.' }) });

export const changesQuery = z.strictObject({
  user: z.string().min(1).max(200).optional().meta({ description: 'Actor name.' }),
  element: z.string().min(1).max(500).optional().meta({ description: 'Node or relationship id (also finds merges into it).' }),
  action: z.enum(CHANGE_ACTIONS).optional(),
  from: z.iso.datetime({ offset: true }).or(z.iso.date()).optional().meta({ description: 'At or after this instant (or day).' }),
  to: z.iso.datetime({ offset: true }).or(z.iso.date()).optional().meta({ description: 'Before this instant (or the end of this day).' }),
  cursor: z.string().min(1).max(400).optional().meta({ description: '`nextCursor` of the previous page.' }),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  format: z.enum(['json', 'jsonl']).default('json').meta({ description: '`jsonl`: every matching change, one JSON object per line (no paging).' }),
});

export const changesResponse = z.object({ changes: z.array(change), nextCursor: z.string().nullable() });

export const changeParams = z.strictObject({ id: z.string().min(1).max(200) });
export const revertBody = z.strictObject({ note });
export const revertResponse = z.object({ changeId: z.string(), reverts: z.string() });

/**
 * Why a review was refused when no element version is at stake: a stable reason the explorer says in
 * the user's language (the message stays English for API clients).
 */
export const SUGGESTION_CONFLICTS = ['suggestion-reviewed', 'entity-first'] as const;
export type SuggestionConflictReason = (typeof SUGGESTION_CONFLICTS)[number];

/** 409 body: the element as it is now (null when it no longer exists). */
export const conflictResponse = z
  .object({
    error: z.object({
      code: z.literal('CONFLICT'),
      message: z.string(),
      current: z.union([graphNode, graphEdge]).nullable(),
      reason: z.enum(SUGGESTION_CONFLICTS).optional().meta({ description: 'Stable: why a suggestion could not be reviewed.' }),
      params: z.record(z.string(), z.string()).optional().meta({ description: 'The values the reason names (`status`, `by`, `name`).' }),
    }),
  })
  .meta({ id: 'Conflict' });

// ── suggestions ─────────────────────────────────────────────────────────────

/** The write a viewer proposes: the body of the matching editor route. */
export const suggestedChange = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('create-entity'), body: entityCreateBody }),
  z.strictObject({ action: z.literal('update-entity'), id: nodeId, body: entityPatchBody }),
  z.strictObject({ action: z.literal('delete-entity'), id: nodeId, body: entityDeleteBody }),
  z.strictObject({ action: z.literal('create-relationship'), body: relationshipCreateBody }),
  z.strictObject({ action: z.literal('update-relationship'), id: z.string().min(1).max(500), body: relationshipPatchBody }),
  z.strictObject({ action: z.literal('delete-relationship'), id: z.string().min(1).max(500), body: relationshipDeleteBody }),
]);

export const suggestionTarget = z.strictObject({ kind: z.enum(['node', 'relationship', 'new']), id: z.string().min(1).max(500).optional() });

export const suggestionCreateBody = z.strictObject({
  target: suggestionTarget
    .optional()
    .meta({ description: 'What the suggestion is about; derived from `change` when absent (must agree when given).' }),
  change: suggestedChange,
  provenance: provenance.meta({ description: 'Where the correction comes from (required, like every fact).' }),
  note,
});

export const SUGGESTION_STATUSES = ['open', 'accepted', 'rejected'] as const;

/**
 * Where a suggestion comes from when a document proposed it (issue 16): its Source and Passage, the
 * kind of proposal, and for a proposed new entity the id other suggestions of its group name until it
 * is accepted (`proposes`) and the existing entities it may be the same as (`candidates`).
 */
export const suggestionOrigin = z
  .object({
    kind: z.literal('ingest'),
    source: z.string().meta({ description: 'The ingested Source.' }),
    passage: z.string().meta({ description: 'The Passage the proposal was read in (GET /api/documents/{id}).' }),
    proposal: z.enum(['entity', 'event', 'relationship', 'provenance']),
    confidence: z.number(),
    group: z
      .string()
      .nullable()
      .meta({ description: 'Suggestions proposed together (a new event and its relationships); accepted or rejected with their new entity.' }),
    proposes: z
      .string()
      .nullable()
      .meta({ description: 'Placeholder id of the new entity this suggestion creates; the group’s relationships name it until it is accepted.' }),
    candidates: z
      .array(z.object({ id: z.string(), similarity: z.number() }))
      .meta({ description: 'Existing entities with a close name: accept `as` one of them instead of creating a new entity.' }),
  })
  .meta({ id: 'SuggestionOrigin' });

export const suggestion = z
  .object({
    id: z.string(),
    status: z.enum(SUGGESTION_STATUSES),
    created_at: z.string(),
    suggested_by: z.string(),
    target: z.object({ kind: z.enum(['node', 'relationship', 'new']), id: z.string().nullable() }),
    change: suggestedChange,
    provenance,
    note: z.string().nullable(),
    reviewed_by: z.string().nullable(),
    reviewed_at: z.string().nullable(),
    reason: z.string().nullable().meta({ description: 'Why it was rejected.' }),
    changeId: z.string().nullable().meta({ description: 'The change that applied it (accepted).' }),
    origin: suggestionOrigin.nullable().optional().meta({ description: 'Set when an ingested document proposed it.' }),
  })
  .meta({ id: 'Suggestion' });

export const suggestionsQuery = z.strictObject({
  status: z.enum(SUGGESTION_STATUSES).default('open'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export const suggestionParams = z.strictObject({ id: z.string().min(1).max(200) });
export const suggestionAcceptBody = z.strictObject({
  note,
  as: nodeId.optional().meta({
    description:
      'Only for a proposed new entity: the existing entity (same label) it is the same as. Nothing is created; the document becomes provenance on that entity and the group’s relationships point to it.',
  }),
});
export const suggestionRejectBody = z.strictObject({ reason });
export const suggestionResponse = z.object({
  suggestion,
  changeId: z.string().nullable(),
  entity: z.string().optional().meta({ description: 'Accepted new entity: its id (created, or the existing one it was accepted as).' }),
});
export const suggestionsResponse = z.object({ suggestions: z.array(suggestion) });

export type Provenance = z.infer<typeof provenance>;
export type EntityCreateBody = z.infer<typeof entityCreateBody>;
export type EntityPatchBody = z.infer<typeof entityPatchBody>;
export type EntityDeleteBody = z.infer<typeof entityDeleteBody>;
export type EntityMergeBody = z.infer<typeof entityMergeBody>;
export type EntityResponse = z.infer<typeof entityResponse>;
export type EntityMergeResponse = z.infer<typeof entityMergeResponse>;
export type EntityDeleteResponse = z.infer<typeof entityDeleteResponse>;
export type Qualifiers = z.infer<typeof qualifiers>;
export type RelationshipCreateBody = z.infer<typeof relationshipCreateBody>;
export type RelationshipPatchBody = z.infer<typeof relationshipPatchBody>;
export type RelationshipDeleteBody = z.infer<typeof relationshipDeleteBody>;
export type ProvenanceAppendBody = z.infer<typeof provenanceAppendBody>;
export type RelationshipResponse = z.infer<typeof relationshipResponse>;
export type RelationshipDeleteResponse = z.infer<typeof relationshipDeleteResponse>;
export type Change = z.infer<typeof change>;
export type ChangeAction = (typeof CHANGE_ACTIONS)[number];
export type ElementKind = (typeof ELEMENT_KINDS)[number];
export type HistoryResponse = z.infer<typeof historyResponse>;
export type ChangesQuery = z.infer<typeof changesQuery>;
export type ChangesResponse = z.infer<typeof changesResponse>;
export type RevertResponse = z.infer<typeof revertResponse>;
export type ConflictResponse = z.infer<typeof conflictResponse>;
export type SuggestedChange = z.infer<typeof suggestedChange>;
export type SuggestionCreateBody = z.infer<typeof suggestionCreateBody>;
export type Suggestion = z.infer<typeof suggestion>;
export type SuggestionResponse = z.infer<typeof suggestionResponse>;
export type SuggestionsResponse = z.infer<typeof suggestionsResponse>;
export type SuggestionOrigin = z.infer<typeof suggestionOrigin>;
