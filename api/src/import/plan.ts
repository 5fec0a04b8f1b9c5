import type { PropertyValue } from '../seed/validate.js';
import type { ImportIssue } from './issues.js';
import type { ExistingNode, ImportRelationship, StructuredImport } from './validate.js';

/** What an import does to each element. */
export type Outcome = 'created' | 'updated' | 'unchanged';

export interface OutcomeCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface NodeWrite {
  id: string;
  label: string;
  properties: Record<string, PropertyValue>;
}

export interface RelationshipWrite {
  id: string;
  type: string;
  from: string;
  to: string;
  properties: Record<string, PropertyValue>;
}

export interface ImportPlan {
  createNodes: NodeWrite[];
  /** Only the properties that change (`SET n += properties`). */
  updateNodes: NodeWrite[];
  createRelationships: RelationshipWrite[];
  /** The whole merged property map (`SET r = properties`). */
  updateRelationships: RelationshipWrite[];
  nodes: Record<string, OutcomeCounts>;
  relationships: Record<string, OutcomeCounts>;
  warnings: ImportIssue[];
}

function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => same(item, b[index]));
  return a === b;
}

function count(counts: Record<string, OutcomeCounts>, key: string, outcome: Outcome): void {
  counts[key] ??= { created: 0, updated: 0, unchanged: 0 };
  counts[key][outcome] += 1;
}

function sorted(counts: Record<string, OutcomeCounts>): Record<string, OutcomeCounts> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}

function newRelationshipProperties(rel: ImportRelationship): Record<string, PropertyValue> {
  return {
    id: rel.id,
    ...rel.facts,
    sources: rel.provenance.map((pair) => pair.source),
    evidence: rel.provenance.map((pair) => pair.evidence),
  };
}

/**
 * Merge semantics (docs/export-import.md): a node the database lacks is created; an existing node
 * takes the properties the file gives (others are kept); a relationship (same type, endpoints and
 * round) the database lacks is created; an existing one gains the file's (source, evidence) pairs
 * it does not hold yet, appended to `sources`/`evidence`, and the qualifiers it lacks; qualifiers it
 * has are kept (a differing value is reported as a warning). Anything that would not change is
 * "unchanged" and is not written.
 */
export function planImport(
  structured: StructuredImport,
  existingNodes: Map<string, ExistingNode>,
  existingRelationships: Map<string, Record<string, unknown>>,
): ImportPlan {
  const plan: ImportPlan = {
    createNodes: [],
    updateNodes: [],
    createRelationships: [],
    updateRelationships: [],
    nodes: {},
    relationships: {},
    warnings: [...structured.warnings],
  };

  for (const node of structured.nodes.values()) {
    const stored = existingNodes.get(node.id);
    if (!stored) {
      plan.createNodes.push({ id: node.id, label: node.label, properties: node.create });
      count(plan.nodes, node.label, 'created');
      continue;
    }
    const changes = Object.fromEntries(Object.entries(node.given).filter(([key, value]) => !same(stored.properties[key], value)));
    if (Object.keys(changes).length === 0) count(plan.nodes, node.label, 'unchanged');
    else {
      plan.updateNodes.push({ id: node.id, label: node.label, properties: changes });
      count(plan.nodes, node.label, 'updated');
    }
  }

  for (const rel of structured.relationships.values()) {
    const stored = existingRelationships.get(rel.id);
    if (!stored) {
      plan.createRelationships.push({ id: rel.id, type: rel.type, from: rel.from, to: rel.to, properties: newRelationshipProperties(rel) });
      count(plan.relationships, rel.type, 'created');
      continue;
    }
    const sources = [...((stored.sources as string[] | undefined) ?? [])];
    const evidence = [...((stored.evidence as string[] | undefined) ?? [])];
    let changed = false;
    for (const pair of rel.provenance) {
      const known = sources.some((source, index) => source === pair.source && (evidence[index] ?? '') === pair.evidence);
      if (!known) {
        sources.push(pair.source);
        evidence.push(pair.evidence);
        changed = true;
      }
    }
    const properties: Record<string, PropertyValue> = { ...(stored as Record<string, PropertyValue>), sources, evidence };
    for (const [key, value] of Object.entries(rel.facts)) {
      if (stored[key] === undefined || stored[key] === null) {
        properties[key] = value;
        changed = true;
      } else if (!same(stored[key], value)) {
        plan.warnings.push({
          file: rel.file,
          entry: rel.entry,
          ...(rel.line !== undefined ? { line: rel.line } : {}),
          field: key,
          message: `kept the database's "${String(stored[key])}"; the file says "${String(value)}"`,
        });
      }
    }
    if (!changed) count(plan.relationships, rel.type, 'unchanged');
    else {
      plan.updateRelationships.push({ id: rel.id, type: rel.type, from: rel.from, to: rel.to, properties });
      count(plan.relationships, rel.type, 'updated');
    }
  }
  plan.nodes = sorted(plan.nodes);
  plan.relationships = sorted(plan.relationships);
  return plan;
}
