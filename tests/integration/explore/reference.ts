/**
 * A plain-JS reading of the seed graph that the API tests compare against: the same filters the
 * Cypher queries apply, written independently over `seedGraph()`, so expectations follow the data.
 */
import type { GraphNode, GraphRelationship, SeedGraph } from '../../../api/src/seed/validate.js';

export interface Filters {
  labels?: string[];
  types?: string[];
  from?: string;
  to?: string;
  country?: string;
  topic?: string;
  direction?: 'out' | 'in' | 'both';
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** a ≤ b compared at their common precision ('2014' ≤ '2014-06' and '2014-06' ≤ '2014'). */
export function notAfter(a: string, b: string): boolean {
  return a.slice(0, b.length) <= b.slice(0, a.length);
}

export class SeedIndex {
  readonly nodes = new Map<string, GraphNode>();
  readonly out = new Map<string, GraphRelationship[]>();
  readonly in = new Map<string, GraphRelationship[]>();

  constructor(readonly graph: SeedGraph) {
    for (const node of graph.nodes) this.nodes.set(node.id, node);
    for (const rel of graph.relationships) {
      this.out.set(rel.from, [...(this.out.get(rel.from) ?? []), rel]);
      this.in.set(rel.to, [...(this.in.get(rel.to) ?? []), rel]);
    }
  }

  label(id: string): string {
    return this.nodes.get(id)!.label;
  }

  /** Relationships touching a node, with the node at the other end and the direction seen from it. */
  around(id: string): { rel: GraphRelationship; other: string; direction: 'out' | 'in' }[] {
    return [
      ...(this.out.get(id) ?? []).map((rel) => ({ rel, other: rel.to, direction: 'out' as const })),
      ...(this.in.get(id) ?? []).map((rel) => ({ rel, other: rel.from, direction: 'in' as const })),
    ];
  }

  relationshipInWindow(rel: GraphRelationship, f: Filters): boolean {
    const start = text(rel.properties.start) ?? text(rel.properties.date);
    const end = text(rel.properties.end) ?? text(rel.properties.date);
    if (f.to && start && !notAfter(start, f.to)) return false;
    if (f.from && end && !notAfter(f.from, end)) return false;
    return true;
  }

  eventPasses(id: string, f: Filters): boolean {
    const node = this.nodes.get(id)!;
    const start = text(node.properties.start)!;
    const end = text(node.properties.end) ?? start;
    if (f.to && !notAfter(start, f.to)) return false;
    if (f.from && !notAfter(f.from, end)) return false;
    if (f.country && !this.eventCountries(id).has(f.country)) return false;
    if (f.topic && !(this.out.get(id) ?? []).some((rel) => rel.type === 'ADDRESSES' && rel.to === f.topic)) return false;
    return true;
  }

  /** Countries an event was held in (through its city, or directly) or hosted by. */
  eventCountries(id: string): Set<string> {
    const countries = new Set<string>();
    for (const rel of this.out.get(id) ?? []) {
      if (rel.type !== 'HELD_IN') continue;
      if (this.label(rel.to) === 'Country') countries.add(rel.to);
      if (this.label(rel.to) === 'City') {
        for (const located of this.out.get(rel.to) ?? [])
          if (located.type === 'LOCATED_IN' && this.label(located.to) === 'Country') countries.add(located.to);
      }
    }
    for (const rel of this.in.get(id) ?? []) if (rel.type === 'HOSTED' && this.label(rel.from) === 'Country') countries.add(rel.from);
    return countries;
  }

  nodePasses(id: string, f: Filters): boolean {
    const label = this.label(id);
    if (f.labels && !f.labels.includes(label)) return false;
    return label !== 'Event' || this.eventPasses(id, f);
  }

  stepPasses(step: { rel: GraphRelationship; direction: 'out' | 'in' }, f: Filters): boolean {
    if (f.types && !f.types.includes(step.rel.type)) return false;
    if (f.direction && f.direction !== 'both' && f.direction !== step.direction) return false;
    return this.relationshipInWindow(step.rel, f);
  }

  /** Breadth-first distances from the seeds (seeds excluded) under the expand filters. */
  reach(seeds: string[], depth: number, f: Filters): Map<string, number> {
    const distance = new Map<string, number>(seeds.map((id) => [id, 0]));
    let frontier = [...seeds];
    for (let hop = 1; hop <= depth; hop++) {
      const next: string[] = [];
      for (const id of frontier) {
        for (const step of this.around(id)) {
          if (distance.has(step.other) || !this.stepPasses(step, f) || !this.nodePasses(step.other, f)) continue;
          distance.set(step.other, hop);
          next.push(step.other);
        }
      }
      frontier = next;
    }
    for (const id of seeds) distance.delete(id);
    return distance;
  }

  degree(id: string): number {
    return (this.out.get(id)?.length ?? 0) + (this.in.get(id)?.length ?? 0);
  }

  /** Ids of the seed relationships whose both ends are in `ids` (optionally of some types). */
  relationshipsAmong(ids: Set<string>, types?: string[]): Set<string> {
    return new Set(
      this.graph.relationships.filter((rel) => ids.has(rel.from) && ids.has(rel.to) && (!types || types.includes(rel.type))).map((rel) => rel.id),
    );
  }

  /** The node with the most relationships among those matching `accept`. */
  busiest(accept: (node: GraphNode) => boolean): GraphNode {
    return [...this.nodes.values()].filter(accept).sort((a, b) => this.degree(b.id) - this.degree(a.id) || a.id.localeCompare(b.id))[0]!;
  }
}

/** Counts per key, like the API's `byLabel`. */
export function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}
