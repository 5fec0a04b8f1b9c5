import type { GraphEdge, GraphNode } from '../contract/graph.js';
import type { Transaction } from '../db/driver.js';
import { NotFound } from '../errors.js';
import { publicNode } from '../explore/subgraph.js';
import type { NodeLabel, RelationshipType } from '../model/vocabulary.js';
import { Conflict, versionOf } from './conflict.js';

/** A node as curation keeps it in change records (enough to rebuild it). */
export interface NodeState {
  id: string;
  label: NodeLabel;
  properties: Record<string, unknown>;
}

/** A relationship as curation keeps it in change records (enough to rebuild it). */
export interface RelationshipState {
  id: string;
  type: RelationshipType;
  from: string;
  to: string;
  properties: Record<string, unknown>;
}

export function nodeShape(state: NodeState): GraphNode {
  return publicNode({ id: state.id, labels: [state.label], properties: state.properties as GraphNode['properties'] });
}

export function edgeShape(state: RelationshipState): GraphEdge {
  return { id: state.id, type: state.type, source: state.from, target: state.to, properties: state.properties as GraphEdge['properties'] };
}

/** The start node id of a relationship id `from|TYPE|to[|round]` (node ids never hold `|`). */
export function startOf(relationshipId: string): string {
  return relationshipId.split('|')[0] ?? relationshipId;
}

/** Locks a node for writing and returns it; 404 when unknown. */
export async function lockNode(tx: Transaction, id: string, field = 'id'): Promise<NodeState> {
  const [row] = await tx.run('curate-lock-node', { id });
  if (!row) throw new NotFound(`No node with id "${id}"`, field);
  return row.node as NodeState;
}

/** Locks a relationship for writing and returns it, or null when unknown. */
export async function findRelationship(tx: Transaction, id: string): Promise<RelationshipState | null> {
  const [row] = await tx.run('curate-lock-relationship', { from: startOf(id), id });
  return row ? (row.relationship as RelationshipState) : null;
}

/** Locks a relationship for writing and returns it; 404 when unknown. */
export async function lockRelationship(tx: Transaction, id: string): Promise<RelationshipState> {
  const found = await findRelationship(tx, id);
  if (!found) throw new NotFound(`No relationship with id "${id}"`, 'id');
  return found;
}

/** 409 unless the element is still at the version the client read. */
export function expectNodeVersion(node: NodeState, version: number): void {
  const current = versionOf(node.properties);
  if (current !== version)
    throw new Conflict(
      `"${node.id}" was changed by someone else (version ${current}, you read ${version}): review it and try again.`,
      nodeShape(node),
    );
}

export function expectRelationshipVersion(rel: RelationshipState, version: number): void {
  const current = versionOf(rel.properties);
  if (current !== version)
    throw new Conflict(`"${rel.id}" was changed by someone else (version ${current}, you read ${version}): review it and try again.`, edgeShape(rel));
}

/** The relationships of a node, either way, in full. */
export async function relationshipsOf(tx: Transaction, id: string): Promise<RelationshipState[]> {
  return (await tx.run('curate-node-relationships', { id })).map((row) => row.relationship as RelationshipState);
}
