import { useQuery } from '@tanstack/react-query';
import type { ViewDefinition } from '../../api/client';
import { queries } from '../../api/queries';

/** The curated views: null while they load, empty when they could not be read. */
export function useViews(): ViewDefinition[] | null {
  const { data, isError } = useQuery(queries.views());
  return data ?? (isError ? [] : null);
}
