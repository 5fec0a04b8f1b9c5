/**
 * Reads every backed-up node, then every relationship, of one read transaction, encoding values
 * and tallying counts and checksums as it goes. Used by `npm run backup` (which writes what it
 * reads) and by `npm run restore` (which compares the restored database with the file's header).
 */
import type { StreamingTransaction } from '../db/driver.js';
import { ContentTally, endRef, nodeDigest, relationshipDigest } from './checksum.js';
import { encodeProps, encodeValue, EXCLUDED_LABELS, SAFE_IDENTIFIER, type EncodedProps } from './format.js';

export type ScannedElement =
  | { kind: 'node'; element: string; labels: string[]; props: EncodedProps }
  | { kind: 'relationship'; type: string; props: EncodedProps; start: string; end: string; startId: unknown; endId: unknown }
  /** A relationship whose end was created after the node pass read past it (see docs/reliability.md). */
  | { kind: 'dangling'; type: string };

/** Thrown when the database holds a label or type the backup format cannot name safely. */
export class UnsafeName extends Error {}

function checkName(kind: string, name: string): string {
  if (!SAFE_IDENTIFIER.test(name))
    throw new UnsafeName(`The database holds the ${kind} ${JSON.stringify(name)}, which a backup cannot name (letters, digits and _ only).`);
  return name;
}

/**
 * Neo4j's reads are read-committed, not a snapshot: a node created while this scan runs may be
 * missed by the node pass while its relationships are seen by the relationship pass. Such
 * relationships are reported as 'dangling' and left out, so the file never names a node it lacks.
 * Memory: the element ids of the nodes read (about 100 bytes each).
 */
export async function* scanGraph(tx: StreamingTransaction, tally: ContentTally): AsyncGenerator<ScannedElement> {
  const excluded = [...EXCLUDED_LABELS];
  const seen = new Set<string>();
  /** Digests of nodes without `id`: relationships name such ends by them. */
  const idless = new Map<string, string>();
  for await (const record of tx.records('backup-nodes', { excluded })) {
    const element = record.get('element') as string;
    const labels = (record.get('labels') as string[]).map((label) => checkName('label', label));
    const props = encodeProps(record.get('props') as Record<string, unknown>);
    const digest = nodeDigest(labels, props);
    tally.addNode(labels, digest);
    seen.add(element);
    if (props.id === undefined) idless.set(element, digest);
    yield { kind: 'node', element, labels, props };
  }
  for await (const record of tx.records('backup-relationships', { excluded })) {
    const type = checkName('relationship type', record.get('type') as string);
    const start = record.get('start') as string;
    const end = record.get('end') as string;
    if (!seen.has(start) || !seen.has(end)) {
      yield { kind: 'dangling', type };
      continue;
    }
    const props = encodeProps(record.get('props') as Record<string, unknown>);
    const startId = record.get('startId') ?? undefined;
    const endId = record.get('endId') ?? undefined;
    const digest = relationshipDigest(
      type,
      props,
      endRef(startId === undefined ? undefined : encodeValue(startId), () => idless.get(start)!),
      endRef(endId === undefined ? undefined : encodeValue(endId), () => idless.get(end)!),
    );
    tally.addRelationship(type, digest);
    yield { kind: 'relationship', type, props, start, end, startId, endId };
  }
}
