import { SIZE_METRICS } from '../graph/readability/sizeScale';
import { z } from 'zod';
import { isoDateParam, nodeId, nodeLabel, relationshipType } from '../../../api/src/contract/filters';
import { LAYOUTS } from '../graph/settings';
import { STORY_ID } from '../../../api/src/contract/stories';

/**
 * The zod schemas of what a deep link may hold. A link is data from outside (hand-edited, cut
 * short by a chat client, made by an older version): it is replayed only if it passes them, so a
 * bad one can neither crash the page nor send a burst of meaningless requests. The operation
 * schema is also the type of the operations themselves (state/ops.ts).
 */

/** At most this many operations are replayed from a link; a real session stays far below. */
export const MAX_LINKED_OPS = 300;
/** At most this many ids in one operation (a "hide" of a box selection can be large). */
const MAX_IDS = 5000;

const seeds = z.array(nodeId).min(1).max(50);
const many = z.array(nodeId).min(1).max(MAX_IDS);
const country = z.string().regex(/^[A-Z]{2}$/);
const window = { from: isoDateParam.optional(), to: isoDateParam.optional(), country: country.optional(), topic: nodeId.optional() };

export const directionSchema = z.enum(['out', 'in', 'both']);

/** One thing the user did to the canvas, as the undo history and the deep link keep it. */
export const opSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('overview') }),
  z.strictObject({ kind: z.literal('clear') }),
  z.strictObject({ kind: z.literal('network'), ...window }),
  z.strictObject({ kind: z.literal('view'), id: z.string().min(1).max(200) }),
  z.strictObject({ kind: z.literal('add'), ids: seeds }),
  z.strictObject({
    kind: z.literal('expand'),
    ids: seeds,
    types: z.array(relationshipType).optional(),
    direction: directionSchema,
    depth: z.number().int().min(1).max(3),
    limit: z.number().int().min(1).max(2000),
    labels: z.array(nodeLabel).optional(),
    ...window,
  }),
  z.strictObject({
    kind: z.literal('paths'),
    from: nodeId,
    to: nodeId,
    k: z.number().int().min(1).max(5),
    maxLength: z.number().int().min(1).max(6),
  }),
  z.strictObject({ kind: z.literal('hide'), ids: many }),
  z.strictObject({ kind: z.literal('collapse'), ids: many }),
]);

const coordinate = z.number().finite();

/** The compressed `c` parameter: operations, rounded positions, pins and viewport. */
export const packedCanvasSchema = z.strictObject({
  v: z.literal(1),
  ops: z.array(opSchema).max(MAX_LINKED_OPS),
  p: z.record(nodeId, z.tuple([coordinate, coordinate])),
  pin: z.array(nodeId).max(MAX_IDS).optional(),
  z: z.number().finite().positive(),
  x: coordinate,
  y: coordinate,
});

const list = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .string()
    .transform((text) => text.split(',').filter(Boolean))
    .pipe(z.array(item));
const flag = z.literal('1');
const year = z
  .string()
  .regex(/^\d{4}$/)
  .transform(Number);

/** The readable query parameters; unknown parameters are ignored, known ones must be valid. */
export const linkParamsSchema = z.object({
  lang: z.enum(['en', 'fr']).optional(),
  layout: z.enum(LAYOUTS).optional(),
  renderer: z.enum(['canvas', 'webgl']).optional(),
  metric: z.enum(SIZE_METRICS).optional(),
  hideLabels: list(nodeLabel).optional(),
  // Hidden types include the network's projected COOPERATED_WITH, which is not a stored type.
  hideTypes: list(z.string().regex(/^[A-Z][A-Z_]*$/)).optional(),
  country: nodeId.optional(),
  topic: nodeId.optional(),
  from: year.optional(),
  to: year.optional(),
  focus: z
    .string()
    .regex(/^[ne]:[A-Za-z0-9][A-Za-z0-9._:-]{0,399}$/)
    .optional(),
  present: flag.optional(),
  step: z
    .string()
    .regex(/^\d{1,3}$/)
    .transform(Number)
    .optional(),
  table: flag.optional(),
  /** A saved story, shown at `step`. */
  story: z.string().regex(STORY_ID).optional(),
  c: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/)
    .max(500_000)
    .optional(),
});
