/**
 * Content checksums per label and per relationship type, computed the same way from a live
 * database (backup, and the check after a restore) and from a backup file (before a restore).
 *
 * Each element's digest is the SHA-256 of its canonical JSON (keys sorted, values in the file's
 * encoding, so 1 and 1.0 differ). A label's checksum is the sum of the digests of its nodes
 * modulo 2^256: independent of order, so it can be computed while streaming, without sorting a
 * million lines in memory, and unlike XOR two equal elements do not cancel out.
 *
 * A relationship names its ends by their `id` property, or, for a node without one, by that
 * node's digest: both survive a restore, unlike Neo4j's element ids.
 */
import { createHash } from 'node:crypto';
import type { BackupHeader, EncodedProps, EncodedValue } from './format.js';

const MODULUS = 1n << 256n;

/** JSON with keys sorted at every depth: equal content gives equal text. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function nodeDigest(labels: readonly string[], props: EncodedProps): string {
  return sha256(canonical({ labels: [...labels].sort(), props }));
}

/** How a relationship names one end in its digest: by `id`, or by the node's own digest when it has none. */
export function endRef(id: EncodedValue | undefined, digest: () => string): string {
  return id === undefined ? `node:${digest()}` : `id:${canonical(id)}`;
}

export function relationshipDigest(type: string, props: EncodedProps, start: string, end: string): string {
  return sha256(canonical({ type, props, start, end }));
}

type Tallies = Pick<BackupHeader, 'counts' | 'checksums'>;

/** Counts and checksum sums per label and type, fed one element at a time. */
export class ContentTally {
  private nodes = 0;
  private relationships = 0;
  private nodeSum = 0n;
  private relationshipSum = 0n;
  private readonly labels = new Map<string, { count: number; sum: bigint }>();
  private readonly types = new Map<string, { count: number; sum: bigint }>();

  addNode(labels: readonly string[], digest: string): void {
    const value = BigInt(`0x${digest}`);
    this.nodes += 1;
    this.nodeSum = (this.nodeSum + value) % MODULUS;
    for (const label of labels) add(this.labels, label, value);
  }

  addRelationship(type: string, digest: string): void {
    const value = BigInt(`0x${digest}`);
    this.relationships += 1;
    this.relationshipSum = (this.relationshipSum + value) % MODULUS;
    add(this.types, type, value);
  }

  result(): Tallies {
    const sorted = (map: Map<string, { count: number; sum: bigint }>) => [...map.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
    return {
      counts: {
        nodes: this.nodes,
        relationships: this.relationships,
        labels: Object.fromEntries(sorted(this.labels).map(([name, { count }]) => [name, count])),
        types: Object.fromEntries(sorted(this.types).map(([name, { count }]) => [name, count])),
      },
      checksums: {
        nodes: hex(this.nodeSum),
        relationships: hex(this.relationshipSum),
        labels: Object.fromEntries(sorted(this.labels).map(([name, { sum }]) => [name, hex(sum)])),
        types: Object.fromEntries(sorted(this.types).map(([name, { sum }]) => [name, hex(sum)])),
      },
    };
  }
}

function add(map: Map<string, { count: number; sum: bigint }>, name: string, value: bigint): void {
  const entry = map.get(name) ?? { count: 0, sum: 0n };
  entry.count += 1;
  entry.sum = (entry.sum + value) % MODULUS;
  map.set(name, entry);
}

const hex = (value: bigint) => value.toString(16).padStart(64, '0');

/** One row of a comparison: a label or type (or the totals), its count and checksum on both sides. */
export interface TallyRow {
  name: string;
  expected: { count: number; checksum: string };
  actual: { count: number; checksum: string };
  equal: boolean;
}

/** Compares two tallies name by name (every label and type of either side, then the totals). */
export function compareTallies(expected: Tallies, actual: Tallies): TallyRow[] {
  const rows: TallyRow[] = [];
  const none = { count: 0, checksum: hex(0n) };
  for (const kind of ['labels', 'types'] as const) {
    const names = [...new Set([...Object.keys(expected.counts[kind]), ...Object.keys(actual.counts[kind])])].sort();
    for (const name of names) {
      const e = name in expected.counts[kind] ? { count: expected.counts[kind][name]!, checksum: expected.checksums[kind][name]! } : none;
      const a = name in actual.counts[kind] ? { count: actual.counts[kind][name]!, checksum: actual.checksums[kind][name]! } : none;
      rows.push({
        name: `${kind === 'labels' ? ':' : '[:'}${name}${kind === 'labels' ? '' : ']'}`,
        expected: e,
        actual: a,
        equal: e.count === a.count && e.checksum === a.checksum,
      });
    }
  }
  for (const kind of ['nodes', 'relationships'] as const) {
    const e = { count: expected.counts[kind], checksum: expected.checksums[kind] };
    const a = { count: actual.counts[kind], checksum: actual.checksums[kind] };
    rows.push({ name: `all ${kind}`, expected: e, actual: a, equal: e.count === a.count && e.checksum === a.checksum });
  }
  return rows;
}

/** A table for the terminal: name, count, the first 16 hex digits of the checksum, and (with `marks`) whether they match. */
export function formatTallyRows(rows: TallyRow[], { marks = true } = {}): string {
  const width = Math.max(...rows.map((row) => row.name.length), 4);
  return rows
    .map((row) => {
      const mark = !marks ? '' : row.equal ? '  ok' : `  MISMATCH (file: ${row.expected.count} ${row.expected.checksum.slice(0, 16)})`;
      return `  ${row.name.padEnd(width)}  ${String(row.actual.count).padStart(9)}  ${row.actual.checksum.slice(0, 16)}${mark}`;
    })
    .join('\n');
}
