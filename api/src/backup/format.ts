/**
 * The Liaison backup file, version 1: gzip-compressed JSON Lines. Line 1 is the header; then one
 * line per node, then one line per relationship. Documented in docs/reliability.md ("Backups").
 *
 * Property values keep their Neo4j type. JSON has one number type and no dates, so:
 *   string, boolean          as themselves
 *   Integer                  a JSON number without fraction (safe range), else {"$int": "<decimal>"}
 *   Float                    {"$float": <number>} or {"$float": "NaN" | "Infinity" | "-Infinity"}
 *   Date, LocalTime, Time, LocalDateTime, DateTime, Duration
 *                            {"$date": {year, month, day}}, {"$localtime": {hour, minute, second, nanosecond}},
 *                            {"$time": {…, offsetSeconds}}, {"$localdatetime": {…}},
 *                            {"$datetime": {…, offsetSeconds?, zoneId?}}, {"$duration": {months, days, seconds, nanoseconds}}
 *   Point                    {"$point": {srid, x, y, z?}}
 *   byte array               {"$bytes": "<base64>"}
 *   list                     a JSON array of the above
 * Neo4j properties are never maps, so a JSON object in `props` is always one of these tags.
 */
import neo4j, { Date as Neo4jDate, DateTime, Duration, LocalDateTime, LocalTime, Point, Time } from 'neo4j-driver';
import { z } from 'zod';

export const BACKUP_FORMAT = 'liaison-backup';
export const BACKUP_VERSION = 1;

/** Labels never written to a backup: sessions are short-lived and restoring them would revive sign-ins. */
export const EXCLUDED_LABELS = ['Session'] as const;

/**
 * Labels and relationship types are written with Cypher's dynamic `$(…)`, which takes them as
 * parameters; this pattern still keeps a hand-edited file from creating odd names.
 */
export const SAFE_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,99}$/;
const identifier = z.string().regex(SAFE_IDENTIFIER, 'must be a letter or _ followed by letters, digits or _');

/** Key prefix of nodes keyed by their source elementId (no usable `id`); an `id` starting with it is not used as a key. */
export const GENERATED_KEY_PREFIX = '_:';

const int = z.number().int();
const temporalFields = {
  date: { year: int, month: int, day: int },
  time: { hour: int, minute: int, second: int, nanosecond: int },
};

const scalar = z.union([
  z.string(),
  z.boolean(),
  z.number().int().refine(Number.isSafeInteger, 'integers beyond 2^53 are written as {"$int": "…"}'),
  z.strictObject({ $int: z.string().regex(/^-?\d{1,19}$/) }),
  z.strictObject({ $float: z.union([z.number(), z.enum(['NaN', 'Infinity', '-Infinity'])]) }),
  z.strictObject({ $date: z.strictObject(temporalFields.date) }),
  z.strictObject({ $localtime: z.strictObject(temporalFields.time) }),
  z.strictObject({ $time: z.strictObject({ ...temporalFields.time, offsetSeconds: int }) }),
  z.strictObject({ $localdatetime: z.strictObject({ ...temporalFields.date, ...temporalFields.time }) }),
  z.strictObject({
    $datetime: z.strictObject({ ...temporalFields.date, ...temporalFields.time, offsetSeconds: int.optional(), zoneId: z.string().optional() }),
  }),
  z.strictObject({ $duration: z.strictObject({ months: int, days: int, seconds: int, nanoseconds: int }) }),
  z.strictObject({ $point: z.strictObject({ srid: int, x: z.number(), y: z.number(), z: z.number().optional() }) }),
  z.strictObject({ $bytes: z.base64() }),
]);
export type EncodedScalar = z.infer<typeof scalar>;
export const encodedValueSchema = z.union([scalar, z.array(scalar)]);
export type EncodedValue = z.infer<typeof encodedValueSchema>;
export const encodedPropsSchema = z.record(z.string().min(1), encodedValueSchema);
export type EncodedProps = z.infer<typeof encodedPropsSchema>;

const tally = z.record(z.string(), z.number().int().nonnegative());
const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const headerSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  created: z.iso.datetime(),
  database: z.string(),
  excludedLabels: z.array(z.string()),
  /** How the checksums are computed (see checksum.ts), so a reader of the file can recompute them. */
  checksum: z.literal('sha256 of canonical JSON per element, summed mod 2^256 per label/type'),
  counts: z.strictObject({ nodes: z.number().int().nonnegative(), relationships: z.number().int().nonnegative(), labels: tally, types: tally }),
  checksums: z.strictObject({ nodes: sha256, relationships: sha256, labels: z.record(z.string(), sha256), types: z.record(z.string(), sha256) }),
});
export type BackupHeader = z.infer<typeof headerSchema>;

/** A node: its labels and properties; `key` only when its `id` cannot serve (absent, not a string, or not unique). */
export const nodeLineSchema = z
  .strictObject({ labels: z.array(identifier), props: encodedPropsSchema, key: z.string().startsWith(GENERATED_KEY_PREFIX).optional() })
  .refine((line) => line.key !== undefined || typeof line.props.id === 'string', 'a node without "key" needs a string props.id');
export type NodeLine = z.infer<typeof nodeLineSchema>;

/** A relationship between two nodes of the file, named by their keys. */
export const relationshipLineSchema = z.strictObject({ type: identifier, startKey: z.string(), endKey: z.string(), props: encodedPropsSchema });
export type RelationshipLine = z.infer<typeof relationshipLineSchema>;

/** The key relationships use to name a node line. */
export function keyOfLine(line: NodeLine): string {
  return line.key ?? (line.props.id as string);
}

const toNumber = (value: unknown): number => (neo4j.isInt(value) ? value.toNumber() : Number(value));

/** Thrown for a property value the format cannot represent (none that Neo4j 5 stores today). */
export class UnsupportedValue extends Error {}

/** A property value as the driver built it → its JSON encoding. */
export function encodeValue(value: unknown): EncodedValue {
  if (Array.isArray(value)) return value.map((item) => encodeScalar(item));
  return encodeScalar(value);
}

function encodeScalar(value: unknown): EncodedScalar {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : { $int: value.toString() };
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : { $int: value.toString() };
  if (typeof value === 'number') return { $float: Number.isFinite(value) ? value : (String(value) as 'NaN' | 'Infinity' | '-Infinity') };
  if (neo4j.isDate(value)) return { $date: { year: toNumber(value.year), month: toNumber(value.month), day: toNumber(value.day) } };
  if (neo4j.isLocalTime(value)) return { $localtime: timeOf(value) };
  if (neo4j.isTime(value)) return { $time: { ...timeOf(value), offsetSeconds: toNumber(value.timeZoneOffsetSeconds) } };
  if (neo4j.isLocalDateTime(value)) return { $localdatetime: { ...dateOf(value), ...timeOf(value) } };
  if (neo4j.isDateTime(value)) {
    return {
      $datetime: {
        ...dateOf(value),
        ...timeOf(value),
        ...(value.timeZoneOffsetSeconds !== undefined && value.timeZoneOffsetSeconds !== null
          ? { offsetSeconds: toNumber(value.timeZoneOffsetSeconds) }
          : {}),
        ...(value.timeZoneId ? { zoneId: value.timeZoneId } : {}),
      },
    };
  }
  if (neo4j.isDuration(value)) {
    return {
      $duration: {
        months: toNumber(value.months),
        days: toNumber(value.days),
        seconds: toNumber(value.seconds),
        nanoseconds: toNumber(value.nanoseconds),
      },
    };
  }
  if (neo4j.isPoint(value)) {
    return { $point: { srid: toNumber(value.srid), x: value.x, y: value.y, ...(value.z !== undefined ? { z: value.z } : {}) } };
  }
  if (value instanceof Uint8Array) return { $bytes: Buffer.from(value).toString('base64') };
  throw new UnsupportedValue(`cannot back up a property value of type ${Object.prototype.toString.call(value)}`);
}

function dateOf(value: { year: unknown; month: unknown; day: unknown }) {
  return { year: toNumber(value.year), month: toNumber(value.month), day: toNumber(value.day) };
}

function timeOf(value: { hour: unknown; minute: unknown; second: unknown; nanosecond: unknown }) {
  return { hour: toNumber(value.hour), minute: toNumber(value.minute), second: toNumber(value.second), nanosecond: toNumber(value.nanosecond) };
}

export function encodeProps(props: Record<string, unknown>): EncodedProps {
  return Object.fromEntries(Object.entries(props).map(([key, value]) => [key, encodeValue(value)]));
}

/** An encoded value → what the driver sends as that Neo4j type (never through toParams, which would turn 2.0 into an Integer). */
export function decodeValue(value: EncodedValue): unknown {
  return Array.isArray(value) ? value.map(decodeScalar) : decodeScalar(value);
}

function decodeScalar(value: EncodedScalar): unknown {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return neo4j.int(value);
  if ('$int' in value) return neo4j.int(value.$int);
  if ('$float' in value) return typeof value.$float === 'number' ? value.$float : Number(value.$float);
  if ('$date' in value) return new Neo4jDate(value.$date.year, value.$date.month, value.$date.day);
  if ('$localtime' in value) {
    const t = value.$localtime;
    return new LocalTime(t.hour, t.minute, t.second, t.nanosecond);
  }
  if ('$time' in value) {
    const t = value.$time;
    return new Time(t.hour, t.minute, t.second, t.nanosecond, t.offsetSeconds);
  }
  if ('$localdatetime' in value) {
    const t = value.$localdatetime;
    return new LocalDateTime(t.year, t.month, t.day, t.hour, t.minute, t.second, t.nanosecond);
  }
  if ('$datetime' in value) {
    const t = value.$datetime;
    return new DateTime(t.year, t.month, t.day, t.hour, t.minute, t.second, t.nanosecond, t.offsetSeconds, t.zoneId ?? null);
  }
  if ('$duration' in value) {
    const d = value.$duration;
    return new Duration(d.months, d.days, d.seconds, d.nanoseconds);
  }
  if ('$point' in value) {
    const p = value.$point;
    return new Point(p.srid, p.x, p.y, p.z);
  }
  return new Uint8Array(Buffer.from(value.$bytes, 'base64'));
}

export function decodeProps(props: EncodedProps): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).map(([key, value]) => [key, decodeValue(value)]));
}
