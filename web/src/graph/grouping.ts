import type { ElementDefinition } from 'cytoscape';
import type { GraphNode } from '../api/client';
import type { WorkingGraph } from '../state/workingGraph';
import { primaryLabel } from './palette';

/** What nodes can be grouped by into compound nodes. */
export const GROUP_BY = ['none', 'label', 'country', 'organisation', 'community'] as const;
export type GroupBy = (typeof GROUP_BY)[number];

/** Relationship types that place a node in a country (directly, or through a city). */
const PLACING = new Set(['LOCATED_IN', 'HEADQUARTERED_IN', 'HELD_IN']);

/** Prefix of group node ids: never a graph id (those are lowercase slugs). */
export const GROUP_PREFIX = 'group:';

/** Every node's group key under `by` (absent: the node stays on its own). */
export function groupKeys(graph: WorkingGraph, by: GroupBy, communities?: ReadonlyMap<string, number>): Map<string, string> {
  const keys = new Map<string, string>();
  if (by === 'none') return keys;
  if (by === 'label') {
    for (const node of graph.nodes.values()) keys.set(node.id, primaryLabel(node.labels));
  } else if (by === 'community') {
    for (const [id, community] of communities ?? []) if (graph.nodes.has(id)) keys.set(id, String(community));
  } else if (by === 'country') {
    const isA = (id: string, label: string) => graph.nodes.get(id)?.labels.includes(label) ?? false;
    const placedIn = new Map<string, string[]>();
    for (const edge of graph.edges.values()) {
      if (!PLACING.has(edge.type)) continue;
      placedIn.set(edge.source, [...(placedIn.get(edge.source) ?? []), edge.target]);
    }
    const countryOf = (id: string): string | undefined => {
      if (isA(id, 'Country')) return id;
      const places = placedIn.get(id) ?? [];
      const direct = places.find((place) => isA(place, 'Country'));
      if (direct) return direct;
      // Through a city (event → city → country, organisation → city → country).
      for (const place of places) if (isA(place, 'City')) return (placedIn.get(place) ?? []).find((other) => isA(other, 'Country'));
      return undefined;
    };
    for (const id of graph.nodes.keys()) {
      const country = countryOf(id);
      if (country) keys.set(id, country);
    }
  } else {
    // Organisation tree: a node joins the tree of the top of its PART_OF chain.
    const parent = new Map<string, string>();
    for (const edge of graph.edges.values()) if (edge.type === 'PART_OF' && graph.nodes.has(edge.target)) parent.set(edge.source, edge.target);
    const hasChildren = new Set(parent.values());
    for (const id of graph.nodes.keys()) {
      if (!parent.has(id) && !hasChildren.has(id)) continue;
      let top = id;
      const seen = new Set([id]);
      while (parent.has(top) && !seen.has(parent.get(top)!)) {
        top = parent.get(top)!;
        seen.add(top);
      }
      keys.set(id, top);
    }
  }
  // A group of one is no group.
  const sizes = new Map<string, number>();
  for (const key of keys.values()) sizes.set(key, (sizes.get(key) ?? 0) + 1);
  for (const [id, key] of keys) if ((sizes.get(key) ?? 0) < 2) keys.delete(id);
  return keys;
}

export interface GroupOptions {
  by: GroupBy;
  keys: ReadonlyMap<string, string>;
  /** Groups drawn open (members inside the compound node); the others are drawn closed, as one node. */
  expanded: ReadonlySet<string>;
  /** The caption of a group ("Actors", "France", "Council of Europe", "Community 2"). */
  caption(key: string): string;
}

/** How wide a closed group is drawn: it grows with the root of its member count, up to a limit. */
export const closedGroupSize = (count: number) => Math.round(Math.min(90, 26 + 6 * Math.sqrt(count)));

/** The group node id for a key. */
export const groupId = (by: GroupBy, key: string) => `${GROUP_PREFIX}${by}:${key}`;

/**
 * The canvas's elements grouped: an open group is a compound node around its members; a closed
 * group is one node (sized by its member count) and the relationships of its members become one
 * link per pair of ends, weighted by how many they stand for. Links inside a closed group vanish.
 */
export function groupElements(elements: ElementDefinition[], options: GroupOptions): ElementDefinition[] {
  const { by, keys, expanded, caption } = options;
  if (by === 'none' || keys.size === 0) return elements;
  const members = new Map<string, string[]>();
  for (const [id, key] of keys) members.set(key, [...(members.get(key) ?? []), id]);
  const standIn = new Map<string, string>();
  for (const [id, key] of keys) if (!expanded.has(groupId(by, key))) standIn.set(id, groupId(by, key));

  const result: ElementDefinition[] = [];
  for (const [key, ids] of members) {
    const id = groupId(by, key);
    const open = expanded.has(id);
    const text = `${caption(key)} (${ids.length})`;
    result.push({
      group: 'nodes',
      data: {
        id,
        group: open ? 'open' : 'closed',
        caption: text,
        name: text,
        count: ids.length,
        ...(open ? {} : { size: closedGroupSize(ids.length) }),
      },
    });
  }
  const metaEdges = new Map<string, { source: string; target: string; count: number }>();
  for (const element of elements) {
    const data = element.data as Record<string, unknown> & { id: string };
    if (element.group === 'nodes') {
      if (standIn.has(data.id)) continue;
      const key = keys.get(data.id);
      result.push(key ? { ...element, data: { ...data, parent: groupId(by, key) } } : element);
      continue;
    }
    const source = String(data.source);
    const target = String(data.target);
    const from = standIn.get(source) ?? source;
    const to = standIn.get(target) ?? target;
    if (from === source && to === target) {
      result.push(element);
      continue;
    }
    if (from === to) continue;
    const [a, b] = from < to ? [from, to] : [to, from];
    const metaId = `${GROUP_PREFIX}link:${a}|${b}`;
    const meta = metaEdges.get(metaId) ?? { source: a, target: b, count: 0 };
    meta.count += 1;
    metaEdges.set(metaId, meta);
  }
  const most = Math.max(1, ...[...metaEdges.values()].map((meta) => meta.count));
  for (const [id, meta] of metaEdges)
    result.push({
      group: 'edges',
      data: {
        id,
        source: meta.source,
        target: meta.target,
        type: 'GROUPED',
        count: meta.count,
        typeLabel: String(meta.count),
        width: 1 + (7 * Math.sqrt(meta.count)) / Math.sqrt(most),
      },
    });
  return result;
}

/** A group's caption from its key: the label's plural, the node's caption, or the community's number. */
export function groupCaption(
  by: GroupBy,
  key: string,
  graph: WorkingGraph,
  names: { label(label: string): string; node(node: GraphNode): string; community(index: number): string },
): string {
  if (by === 'label') return names.label(key);
  if (by === 'community') return names.community(Number(key) + 1);
  const node = graph.nodes.get(key);
  return node ? names.node(node) : key;
}
