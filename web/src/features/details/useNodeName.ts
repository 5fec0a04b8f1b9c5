import { useEffect, useState } from 'react';
import { api, isAbort } from '../../api/client';
import { nodeName } from '../../graph/elements';
import { useExplorer } from '../../state/store';

/** The name of any node in the UI language: from the canvas if it is there, else asked of the API. */
export function useNodeName(id: string | null): string {
  const lang = useExplorer((state) => state.lang);
  const local = useExplorer((state) => (id ? state.graph.nodes.get(id) : undefined));
  const [fetched, setFetched] = useState<{ id: string; name: string } | null>(null);
  useEffect(() => {
    if (!id || local) return;
    const controller = new AbortController();
    api.node(id, controller.signal).then(
      (details) => setFetched({ id, name: nodeName(details.node, lang) }),
      (error: unknown) => {
        if (!isAbort(error)) setFetched({ id, name: id });
      },
    );
    return () => controller.abort();
  }, [id, local, lang]);
  if (!id) return '';
  if (local) return nodeName(local, lang);
  return fetched?.id === id ? fetched.name : id;
}
