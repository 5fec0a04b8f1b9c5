import type { z } from 'zod';
import { api, type GraphResponse } from '../api/client';
import { queries } from '../api/queries';
import { queryClient } from '../api/queryClient';
import { networkOf } from '../api/network';
import type { directionSchema, opSchema } from './linkSchema';
import { additions, removal, replacement, type Delta, type WorkingGraph } from './workingGraph';

export type Direction = z.infer<typeof directionSchema>;

/**
 * One thing the user did to the canvas. Operations are plain data with stable ids only, so the
 * list of them is both the undo history and the deep link: replaying it rebuilds the canvas.
 * Their type is their schema's (state/linkSchema.ts), which checks links before replay.
 */
export type Op = z.infer<typeof opSchema>;

export interface Highlight {
  nodes: string[];
  edges: string[];
  /** Set by an expand: the expanded nodes, around which the canvas gathers the lit neighbourhood ("focus"). */
  centre?: string[];
}

/** What an operation tells the user besides the drawing: "and N more", paths found. */
export type Notice =
  | {
      kind: 'expand';
      added: number;
      addedEdges: number;
      /** Neighbours the expand found that were already drawn. */
      already: number;
      omitted: number;
      byLabel: Record<string, number>;
      op: Op;
    }
  | { kind: 'paths'; count: number; shortest: number; paths: { nodes: string[]; edges: string[] }[] }
  | { kind: 'network'; links: number; omitted: number };

/** Everything an operation sets besides the elements; undo restores the previous one. */
export interface Scene {
  mode: 'explore' | 'network';
  highlight: Highlight | null;
  notice: Notice | null;
  viewId: string | null;
  /** Positions a view or a path result asks for, in layout units. */
  positions?: Record<string, { x: number; y: number }>;
}

export const INITIAL_SCENE: Scene = { mode: 'explore', highlight: null, notice: null, viewId: null };

export interface Resolved {
  delta: Delta;
  scene: Scene;
}

const pick = ({ nodes, edges }: GraphResponse): GraphResponse => ({ nodes, edges });

/** Runs an operation against the API (when it needs data) and says what it changes. */
export async function resolveOp(op: Op, graph: WorkingGraph, scene: Scene, signal?: AbortSignal): Promise<Resolved> {
  const keep = { ...scene, notice: null, positions: undefined };
  switch (op.kind) {
    case 'overview':
      return { delta: replacement(graph, await api.graph(signal)), scene: { ...INITIAL_SCENE } };
    case 'clear':
      return { delta: replacement(graph, { nodes: [], edges: [] }), scene: { ...INITIAL_SCENE } };
    case 'network': {
      const { kind: _kind, ...filters } = op;
      // Through the cache: the ranking of pairs reads the same response.
      const network = await queryClient.fetchQuery({
        ...queries.cooperation(filters),
        queryFn: ({ signal: own }) => api.cooperation({ ...filters, limit: 2000 }, signal ?? own),
      });
      const delta = replacement(graph, pick(network));
      await prefetchFigures(delta);
      return {
        delta,
        scene: { ...INITIAL_SCENE, mode: 'network', notice: { kind: 'network', links: network.edges.length, omitted: network.omitted } },
      };
    }
    case 'view': {
      const view = await api.view(op.id, signal);
      const delta = replacement(graph, pick(view));
      if (view.view.spec.query === 'cooperation') await prefetchFigures(delta);
      return {
        delta,
        scene: {
          ...INITIAL_SCENE,
          mode: view.view.spec.query === 'cooperation' ? 'network' : 'explore',
          viewId: op.id,
          positions: view.view.positions,
        },
      };
    }
    case 'add': {
      // Each node with its links to what is drawn (and to the others added), so it does not float alone.
      const drawn = [...new Set([...graph.nodes.keys(), ...op.ids])];
      const found = await Promise.all(op.ids.map((id) => api.nodeContext(id, drawn, signal)));
      const merged: GraphResponse = { nodes: found.flatMap((result) => result.nodes), edges: found.flatMap((result) => result.edges) };
      return { delta: additions(graph, merged), scene: keep };
    }
    case 'expand': {
      const { kind: _kind, ...query } = op;
      const result = await api.expand(query, signal);
      const delta = additions(graph, pick(result));
      const centre = new Set(op.ids);
      const neighbours = result.nodes.filter((node) => !centre.has(node.id));
      const already = neighbours.filter((node) => graph.nodes.has(node.id)).length;
      return {
        delta,
        scene: {
          ...keep,
          // Expand in context: the neighbourhood lit and gathered around the expanded nodes, the rest dimmed.
          highlight: neighbours.length
            ? { nodes: [...op.ids, ...neighbours.map((node) => node.id)], edges: result.edges.map((edge) => edge.id), centre: [...op.ids] }
            : keep.highlight,
          notice: {
            kind: 'expand',
            added: delta.addNodes.length,
            addedEdges: delta.addEdges.length,
            already,
            omitted: result.omitted.total,
            byLabel: result.omitted.byLabel,
            op,
          },
        },
      };
    }
    case 'paths': {
      const result = await api.shortestPaths({ from: op.from, to: op.to, k: op.k, maxLength: op.maxLength }, signal);
      const highlight: Highlight = {
        nodes: [...new Set(result.paths.flatMap((path) => path.nodes))],
        edges: [...new Set(result.paths.flatMap((path) => path.edges))],
      };
      return {
        delta: additions(graph, pick(result)),
        scene: {
          ...keep,
          highlight,
          notice: {
            kind: 'paths',
            count: result.paths.length,
            shortest: Math.min(...result.paths.map((path) => path.length)),
            paths: result.paths.map(({ nodes, edges }) => ({ nodes, edges })),
          },
        },
      };
    }
    case 'hide':
      return { delta: removal(graph, op.ids), scene: keep };
    case 'collapse':
      return { delta: removal(graph, leavesAround(graph, op.ids)), scene: keep };
  }
}

/** Asks the API for the figures of a network about to be drawn, so it is drawn sized and coloured at once. */
async function prefetchFigures(delta: Delta): Promise<void> {
  await queryClient.prefetchQuery(
    queries.networkFigures(
      networkOf(
        delta.addNodes.map((node) => node.id),
        delta.addEdges,
      ),
    ),
  );
}

/** The neighbours of `ids` that hang only on them: what "collapse" folds away. */
export function leavesAround(graph: WorkingGraph, ids: string[]): string[] {
  const centre = new Set(ids);
  const links = new Map<string, Set<string>>();
  for (const edge of graph.edges.values()) {
    links.set(edge.source, (links.get(edge.source) ?? new Set()).add(edge.target));
    links.set(edge.target, (links.get(edge.target) ?? new Set()).add(edge.source));
  }
  const leaves: string[] = [];
  for (const [id, neighbours] of links) {
    if (centre.has(id)) continue;
    if ([...neighbours].every((other) => centre.has(other)) && [...neighbours].some((other) => centre.has(other))) leaves.push(id);
  }
  return leaves;
}
