import { useEffect, useState } from 'react';
import { api, isAbort, type ViewDefinition } from '../../api/client';

let cache: ViewDefinition[] | null = null;

/** The curated views (fetched once per page). */
export function useViews(): ViewDefinition[] | null {
  const [views, setViews] = useState<ViewDefinition[] | null>(cache);
  useEffect(() => {
    if (cache) return;
    const controller = new AbortController();
    api.views(controller.signal).then(
      (response) => {
        cache = response.views;
        setViews(cache);
      },
      (error: unknown) => {
        if (!isAbort(error)) setViews([]);
      },
    );
    return () => controller.abort();
  }, []);
  return views;
}
