import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { seedFileSchema, seedNodeSchema, seedRelationshipSchema, type SeedNode, type SeedRelationship } from './schema.js';

/** One problem in the seed data, located precisely enough to fix it. */
export interface SeedIssue {
  file: string;
  entry: string;
  field: string;
  message: string;
}

/** Thrown when any seed file is invalid; carries every issue, not just the first. */
export class SeedValidationError extends Error {
  constructor(readonly issues: SeedIssue[]) {
    super(
      `Seed data is invalid (${issues.length} issue${issues.length === 1 ? '' : 's'}); nothing was written:\n` +
        issues.map((issue) => `  ${issue.file} ${issue.entry} ${issue.field}: ${issue.message}`).join('\n'),
    );
    this.name = 'SeedValidationError';
  }
}

export interface SeedFile {
  file: string;
  data: unknown;
}

export type PropertyValue = string | number | boolean | string[];

export interface GraphNode {
  id: string;
  label: SeedNode['label'];
  properties: Record<string, PropertyValue>;
}

export interface GraphRelationship {
  id: string;
  type: SeedRelationship['type'];
  from: string;
  to: string;
  properties: Record<string, PropertyValue>;
}

export interface SeedGraph {
  nodes: GraphNode[];
  relationships: GraphRelationship[];
}

/** Reads every .json file under `dir` (recursively), except views and stories, which are loaded separately. */
export function readSeedFiles(dir: string): SeedFile[] {
  const files: SeedFile[] = [];
  const walk = (current: string) => {
    for (const name of readdirSync(current).sort()) {
      const full = path.join(current, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.json') && name !== 'views.json' && name !== 'stories.json') {
        const relative = path.relative(dir, full);
        try {
          files.push({ file: relative, data: JSON.parse(readFileSync(full, 'utf8')) });
        } catch (error) {
          throw new SeedValidationError([{ file: relative, entry: '', field: '', message: `not valid JSON: ${(error as Error).message}` }]);
        }
      }
    }
  };
  walk(dir);
  return files;
}

function describeIssues(file: string, entry: string, error: z.ZodError): SeedIssue[] {
  return error.issues.map((issue) => ({ file, entry, field: issue.path.join('.') || '(entry)', message: issue.message }));
}

/** The identity of a fact: the same (type, from, to[, round]) from two sources is one relationship. */
export function relationshipId(rel: Pick<SeedRelationship, 'type' | 'from' | 'to' | 'round'>): string {
  return `${rel.from}|${rel.type}|${rel.to}${rel.round ? `|${rel.round}` : ''}`;
}

/**
 * Validates all seed files together and merges them into one graph. Nothing here touches the
 * database, so a failure means nothing is written.
 */
export function validateSeed(files: SeedFile[]): SeedGraph {
  const issues: SeedIssue[] = [];
  const nodes = new Map<string, { node: SeedNode; file: string }>();
  const relationshipEntries: { rel: SeedRelationship; file: string; entry: string }[] = [];

  for (const { file, data } of files) {
    const shape = seedFileSchema.safeParse(data);
    if (!shape.success) {
      issues.push(...describeIssues(file, '(file)', shape.error));
      continue;
    }
    shape.data.nodes.forEach((raw, index) => {
      const rawId = (raw as { id?: unknown })?.id;
      const entry = `nodes[${index}]${typeof rawId === 'string' ? ` (${rawId})` : ''}`;
      const parsed = seedNodeSchema.safeParse(raw);
      if (!parsed.success) return issues.push(...describeIssues(file, entry, parsed.error));
      const existing = nodes.get(parsed.data.id);
      if (existing) {
        issues.push({ file, entry, field: 'id', message: `duplicate id, already defined in ${existing.file}` });
        return;
      }
      nodes.set(parsed.data.id, { node: parsed.data, file });
    });
    shape.data.relationships.forEach((raw, index) => {
      const entry = `relationships[${index}]`;
      const parsed = seedRelationshipSchema.safeParse(raw);
      if (!parsed.success) return issues.push(...describeIssues(file, entry, parsed.error));
      relationshipEntries.push({ rel: parsed.data, file, entry: `${entry} (${parsed.data.from} ${parsed.data.type} ${parsed.data.to})` });
    });
  }

  // A city's coordinates cite a reference table (the gazetteer), as reference facts do.
  for (const [id, { node, file }] of nodes) {
    if (node.label !== 'City' || node.coordinates_source === undefined) continue;
    const source = nodes.get(node.coordinates_source)?.node;
    if (!source || source.label !== 'Source' || source.kind !== 'reference') {
      issues.push({ file, entry: `node ${id}`, field: 'coordinates_source', message: `"${node.coordinates_source}" is not a reference Source node` });
    }
  }

  const merged = new Map<string, GraphRelationship>();
  for (const { rel, file, entry } of relationshipEntries) {
    if (!nodes.has(rel.from)) issues.push({ file, entry, field: 'from', message: `unknown node id "${rel.from}"` });
    if (!nodes.has(rel.to)) issues.push({ file, entry, field: 'to', message: `unknown node id "${rel.to}"` });
    const source = nodes.get(rel.source)?.node;
    if (!source || source.label !== 'Source') {
      issues.push({ file, entry, field: 'source', message: `"${rel.source}" is not a Source node` });
      continue;
    }
    if (source.kind === 'document' && !rel.evidence) {
      issues.push({ file, entry, field: 'evidence', message: 'is required for a relationship taken from a document' });
      continue;
    }
    if (source.kind === 'reference' && !rel.source_url) {
      issues.push({ file, entry, field: 'source_url', message: 'is required for a relationship taken from reference data' });
      continue;
    }
    const id = relationshipId(rel);
    const { type, from, to, source: sourceId, evidence, source_url, ...facts } = rel;
    const current = merged.get(id);
    if (!current) {
      merged.set(id, {
        id,
        type,
        from,
        to,
        properties: {
          id,
          ...facts,
          sources: [sourceId],
          evidence: [evidence ?? ''],
          ...(source_url ? { source_url } : {}),
        },
      });
      continue;
    }
    const props = current.properties;
    const sources = props.sources as string[];
    if (sources.includes(sourceId) && (props.evidence as string[])[sources.indexOf(sourceId)] === (evidence ?? '')) {
      issues.push({ file, entry, field: 'source', message: 'the same fact is stated twice with the same source and evidence' });
      continue;
    }
    sources.push(sourceId);
    (props.evidence as string[]).push(evidence ?? '');
    if (source_url && !props.source_url) props.source_url = source_url;
    // The first statement of a fact wins for its qualifiers; later sources only add provenance.
    for (const [key, value] of Object.entries(facts)) if (props[key] === undefined && value !== undefined) props[key] = value;
  }

  if (issues.length > 0) throw new SeedValidationError(issues);
  return {
    nodes: [...nodes.values()].map(({ node }) => {
      const { label, ...properties } = node;
      // A source is named by its title when no display name is given.
      if (node.label === 'Source' && !node.name_en && !node.name_fr) properties[node.language === 'fr' ? 'name_fr' : 'name_en'] = node.title;
      return { id: node.id, label, properties: properties as Record<string, PropertyValue> };
    }),
    relationships: [...merged.values()],
  };
}
