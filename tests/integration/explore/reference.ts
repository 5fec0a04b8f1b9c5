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

/** A fact from `begin` to `end` (open when undefined) overlaps the window; undated facts always do. */
function spanInWindow(begin: string | undefined, end: string | undefined, f: Filters): boolean {
  if (f.to && begin && !notAfter(begin, f.to)) return false;
  if (f.from && end && !notAfter(f.from, end)) return false;
  return true;
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

  /**
   * The reading of time, spelled out here independently of api/src/model/time-rules.ts:
   * signatures, ratifications and adoptions last once made; memberships, programmes and offices
   * run from start to end; evaluations, presentations and publications happen on their date.
   */
  relationshipInWindow(rel: GraphRelationship, f: Filters): boolean {
    const p = rel.properties;
    switch (rel.type) {
      case 'SIGNED':
      case 'ADOPTED':
        return spanInWindow(text(p.date), undefined, f);
      case 'PARTY_TO':
        return spanInWindow(text(p.date) ?? text(p.start), undefined, f);
      case 'MEMBER_OF':
      case 'AFFILIATED_WITH':
      case 'COOPERATES_WITH':
        return spanInWindow(text(p.start) ?? text(p.date), text(p.end), f);
      case 'IMPLEMENTS':
      case 'CHAIRS':
        return spanInWindow(text(p.start) ?? text(p.date), text(p.end) ?? text(p.date), f);
      case 'EVALUATED':
      case 'PRESENTED_AT':
      case 'PRODUCED':
        return spanInWindow(text(p.date), text(p.date), f);
      default:
        return true;
    }
  }

  /** Nodes that exist in time: events (start–end), programmes (start–end), instruments (adopted), actors (founded). */
  nodeInWindow(node: GraphNode, f: Filters): boolean {
    const p = node.properties;
    if (node.label === 'Event') return spanInWindow(text(p.start), text(p.end) ?? text(p.start), f);
    if (node.label === 'Programme') return spanInWindow(text(p.start), text(p.end), f);
    if (node.label === 'Instrument') return spanInWindow(text(p.adopted), undefined, f);
    if (node.label === 'Actor') return spanInWindow(text(p.founded), undefined, f);
    return true;
  }

  eventPasses(id: string, f: Filters): boolean {
    const node = this.nodes.get(id)!;
    if (!this.nodeInWindow(node, f)) return false;
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
    return label === 'Event' ? this.eventPasses(id, f) : this.nodeInWindow(this.nodes.get(id)!, f);
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
