import type { NodeLabel, RelationshipType } from '../../api/client';
import { LABEL_STYLE } from '../../graph/palette';
import type { Direction, Op } from '../../state/ops';
import type { Filters } from '../../state/store';

/**
 * An expand operation that respects the filters in force: hidden labels are not fetched, and the
 * time window, country and topic go to the API, so the cap is spent on what will be shown.
 */
export function expandOp(
  filters: Filters,
  ids: string[],
  options: { types?: RelationshipType[]; direction?: Direction; depth?: number; limit?: number } = {},
): Extract<Op, { kind: 'expand' }> {
  const labels = filters.hiddenLabels.length
    ? (Object.keys(LABEL_STYLE) as NodeLabel[]).filter((label) => !filters.hiddenLabels.includes(label))
    : undefined;
  const op: Extract<Op, { kind: 'expand' }> = {
    kind: 'expand',
    ids,
    direction: options.direction ?? 'both',
    depth: options.depth ?? 1,
    limit: options.limit ?? 25,
  };
  if (options.types?.length) op.types = options.types;
  if (labels) op.labels = labels;
  if (filters.from !== null) op.from = String(filters.from);
  if (filters.to !== null) op.to = String(filters.to);
  if (filters.country) op.country = filters.country;
  if (filters.topic) op.topic = filters.topic;
  return op;
}
