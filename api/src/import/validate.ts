import { z } from 'zod';
import { NODE_LABELS, RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from '../model/vocabulary.js';
import { seedNodeSchema, seedRelationshipSchema } from '../seed/schema.js';
import { relationshipId, type PropertyValue } from '../seed/validate.js';
import type { ImportDocument, Located, RelationshipStatement } from './document.js';
import type { ImportIssue } from './issues.js';

/**
 * Validation of an import, in two steps. `validateStatements` checks every statement on its own
 * (zod, the seed schema) and merges the file's statements of one fact; it needs no database.
 * `checkReferences` then resolves every id the file uses but does not define against the nodes
 * the database holds. Both collect every issue instead of stopping at the first.
 */

const text = z.string().trim().min(1);

/** An exported relationship: the seed relationship with `sources`/`evidence` lists instead of one source. */
export const graphRelationshipSchema = seedRelationshipSchema
  .omit({ source: true, evidence: true })
  .extend({
    id: text.optional(),
    sources: z
      .array(text, { error: (issue) => (issue.input === undefined ? 'is required: every fact carries its provenance (Source ids)' : undefined) })
      .min(1, 'needs at least one source: every fact carries its provenance'),
    evidence: z.array(z.string(), {
      error: (issue) => (issue.input === undefined ? "is required: one quote per source ('' for a reference source)" : undefined),
    }),
  })
  .superRefine((rel, ctx) => {
    if (rel.evidence.length !== rel.sources.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['evidence'],
        message: `must hold one entry per source (${rel.sources.length}), '' for reference sources`,
      });
    }
  });

export interface ImportNode extends Located {
  id: string;
  label: NodeLabel;
  /** Every property, defaults applied: what a new node gets. */
  create: Record<string, PropertyValue>;
  /** Only the properties the file gives: what an existing node is updated with. */
  given: Record<string, PropertyValue>;
}

export interface Provenance extends Located {
  source: string;
  evidence: string;
  /** The row URL the stating statement gives (required for reference sources). */
  sourceUrl?: string;
}

export interface ImportRelationship extends Located {
  id: string;
  type: RelationshipType;
  from: string;
  to: string;
  /** Qualifiers (role, date, start, end, round, note, action_type) and source_url. */
  facts: Record<string, PropertyValue>;
  provenance: Provenance[];
}

export interface StructuredImport {
  nodes: Map<string, ImportNode>;
  relationships: Map<string, ImportRelationship>;
  issues: ImportIssue[];
  warnings: ImportIssue[];
}

/** A node as the database holds it, for reference checks and the plan. */
export interface ExistingNode {
  labels: string[];
  properties: Record<string, unknown>;
}

function located(at: Located, field: string, message: string): ImportIssue {
  return { file: at.file, entry: at.entry, ...(at.line !== undefined ? { line: at.line } : {}), field, message };
}

function zodIssues(at: Located, error: z.ZodError): ImportIssue[] {
  return error.issues.map((issue) => located(at, issue.path.join('.') || '(entry)', issue.message));
}

function labelIssue(label: unknown): string | null {
  if (label === undefined || label === null || label === '') return `is required: one of ${NODE_LABELS.join(', ')}`;
  if (Array.isArray(label)) return `a node needs exactly one label (one of ${NODE_LABELS.join(', ')}); got [${label.join(', ')}]`;
  if (typeof label !== 'string' || !(NODE_LABELS as readonly string[]).includes(label)) {
    return `unknown label "${String(label)}": expected one of ${NODE_LABELS.join(', ')}`;
  }
  return null;
}

/**
 * `version` is curation's bookkeeping (api/src/curation), not data: an export of a curated graph
 * carries it, and importing that export back must not fail on it, so it is dropped here.
 */
function withoutVersion<T extends Record<string, unknown>>(data: T): T {
  if (!('version' in data)) return data;
  const { version: _version, ...rest } = data;
  return rest as T;
}

function asGraphRelationship(statement: RelationshipStatement): { value?: z.infer<typeof graphRelationshipSchema>; issues: ImportIssue[] } {
  if (statement.style === 'graph') {
    const parsed = graphRelationshipSchema.safeParse(withoutVersion(statement.data));
    return parsed.success ? { value: parsed.data, issues: [] } : { issues: zodIssues(statement, parsed.error) };
  }
  const parsed = seedRelationshipSchema.safeParse(withoutVersion(statement.data));
  if (!parsed.success) return { issues: zodIssues(statement, parsed.error) };
  const { source, evidence, ...rest } = parsed.data;
  return { value: { ...rest, sources: [source], evidence: [evidence ?? ''] }, issues: [] };
}

const sameValue = (a: unknown, b: unknown): boolean =>
  Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((item, index) => sameValue(item, b[index])) : a === b;

/** Checks every statement of a document and merges the statements of one fact. No database needed. */
export function validateStatements(document: ImportDocument): StructuredImport {
  const issues: ImportIssue[] = [...document.issues];
  const warnings: ImportIssue[] = [];
  const nodes = new Map<string, ImportNode>();
  const relationships = new Map<string, ImportRelationship>();

  for (const statement of document.nodes) {
    const problem = labelIssue(statement.data.label);
    if (problem) {
      issues.push(located(statement, 'label', problem));
      continue;
    }
    const parsed = seedNodeSchema.safeParse(withoutVersion(statement.data));
    if (!parsed.success) {
      issues.push(...zodIssues(statement, parsed.error));
      continue;
    }
    const { label, ...properties } = parsed.data;
    const existing = nodes.get(properties.id);
    if (existing) {
      issues.push(located(statement, 'id', `duplicate id "${properties.id}", already defined at ${existing.file} ${existing.entry}`));
      continue;
    }
    const create = { ...properties } as Record<string, PropertyValue>;
    // A source is named by its title when no display name is given (as the seed loader does).
    if (parsed.data.label === 'Source' && !parsed.data.name_en && !parsed.data.name_fr) {
      create[parsed.data.language === 'fr' ? 'name_fr' : 'name_en'] = parsed.data.title;
    }
    const givenKeys = new Set(Object.keys(statement.data).filter((key) => key !== 'label'));
    const given = Object.fromEntries(Object.entries(properties).filter(([key]) => givenKeys.has(key))) as Record<string, PropertyValue>;
    nodes.set(properties.id, { file: statement.file, entry: statement.entry, line: statement.line, id: properties.id, label, create, given });
  }

  for (const statement of document.relationships) {
    const type = statement.data.type;
    if (typeof type !== 'string' || !(RELATIONSHIP_TYPES as readonly string[]).includes(type)) {
      issues.push(located(statement, 'type', type === undefined ? 'is required' : `unknown relationship type "${String(type)}"`));
      continue;
    }
    const { value, issues: statementIssues } = asGraphRelationship(statement);
    // The id is checked even when other fields fail, so one pass reports both.
    const { from: rawFrom, to: rawTo, round: rawRound, id: rawId } = statement.data;
    if (rawId !== undefined && typeof rawFrom === 'string' && typeof rawTo === 'string') {
      const expected = relationshipId({
        type: type as RelationshipType,
        from: rawFrom,
        to: rawTo,
        round: typeof rawRound === 'number' ? rawRound : undefined,
      });
      if (rawId !== expected) {
        issues.push(located(statement, 'id', `"${String(rawId)}" does not match the relationship: its id is from|TYPE|to[|round] = "${expected}"`));
        issues.push(...statementIssues);
        continue;
      }
    }
    if (!value) {
      issues.push(...statementIssues);
      continue;
    }
    const { id: _givenId, sources, evidence, type: relType, from, to, ...facts } = value;
    const id = relationshipId({ type: relType, from, to, round: value.round });
    const provenance: Provenance[] = sources.map((source, index) => ({
      file: statement.file,
      entry: statement.entry,
      line: statement.line,
      source,
      evidence: evidence[index] ?? '',
      ...(facts.source_url !== undefined ? { sourceUrl: facts.source_url } : {}),
    }));
    const current = relationships.get(id);
    if (!current) {
      relationships.set(id, {
        file: statement.file,
        entry: statement.entry,
        line: statement.line,
        id,
        type: relType,
        from,
        to,
        facts: facts as Record<string, PropertyValue>,
        provenance,
      });
      continue;
    }
    for (const pair of provenance) {
      if (current.provenance.some((known) => known.source === pair.source && known.evidence === pair.evidence)) {
        issues.push(located(statement, 'source', `the same fact is stated twice with the same source "${pair.source}" and evidence`));
      } else current.provenance.push(pair);
    }
    // The first statement of a fact wins for its qualifiers; later ones only add provenance.
    for (const [key, item] of Object.entries(facts)) {
      if (item === undefined) continue;
      if (current.facts[key] === undefined) current.facts[key] = item as PropertyValue;
      else if (!sameValue(current.facts[key], item)) {
        warnings.push(
          located(
            statement,
            key,
            `kept "${String(current.facts[key])}" from ${current.file} ${current.entry}; this statement says "${String(item)}"`,
          ),
        );
      }
    }
  }
  return { nodes, relationships, issues, warnings };
}

/** Ids the file uses (endpoints, sources) or defines: the nodes to look up in the database. */
export function idsToLookUp(structured: StructuredImport): string[] {
  const ids = new Set<string>(structured.nodes.keys());
  for (const rel of structured.relationships.values()) {
    ids.add(rel.from);
    ids.add(rel.to);
    for (const { source } of rel.provenance) ids.add(source);
  }
  return [...ids].sort();
}

const words = (quote: string) => quote.trim().split(/\s+/).length;

/**
 * Checks what only the database can tell: endpoints and sources the file uses but does not define
 * must exist there; a node the file defines must not exist there under another label; each source
 * must be a Source, and its kind decides the provenance a statement needs (evidence for a
 * document, source_url for a reference table).
 */
export function checkReferences(structured: StructuredImport, existing: Map<string, ExistingNode>): ImportIssue[] {
  const issues: ImportIssue[] = [];
  for (const node of structured.nodes.values()) {
    const stored = existing.get(node.id);
    if (stored && !stored.labels.includes(node.label)) {
      issues.push(located(node, 'label', `id "${node.id}" is already a ${stored.labels.join(':')} node in the database, not a ${node.label}`));
    }
  }
  const describe = (id: string): { label: string; kind?: unknown } | null => {
    const inFile = structured.nodes.get(id);
    if (inFile) return { label: inFile.label, kind: inFile.create.kind };
    const stored = existing.get(id);
    if (stored) return { label: stored.labels[0] ?? '', kind: stored.properties.kind };
    return null;
  };
  for (const rel of structured.relationships.values()) {
    for (const end of ['from', 'to'] as const) {
      if (!describe(rel[end])) issues.push(located(rel, end, `unknown node id "${rel[end]}": not in the file, nor in the database`));
    }
    for (const pair of rel.provenance) {
      const source = describe(pair.source);
      if (!source) {
        issues.push(located(pair, 'sources', `unknown source "${pair.source}": not in the file, nor in the database`));
      } else if (source.label !== 'Source') {
        issues.push(located(pair, 'sources', `"${pair.source}" is a ${source.label}, not a Source node`));
      } else if (source.kind === 'document') {
        if (pair.evidence.trim() === '')
          issues.push(located(pair, 'evidence', `is required for a relationship taken from the document "${pair.source}"`));
        else if (words(pair.evidence) > 12)
          issues.push(located(pair, 'evidence', `must be at most 12 words (the quote from "${pair.source}" has ${words(pair.evidence)})`));
      } else if (source.kind === 'reference' && pair.sourceUrl === undefined) {
        issues.push(located(pair, 'source_url', `is required for a relationship taken from the reference table "${pair.source}"`));
      }
    }
  }
  return issues;
}
