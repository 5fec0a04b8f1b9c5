import { useQuery } from '@tanstack/react-query';
import { queries } from '../../api/queries';
import { nodeName } from '../../graph/elements';
import { useExplorer } from '../../state/store';

/** The name of any node in the UI language: from the canvas if it is there, else asked of the API. */
export function useNodeName(id: string | null): string {
  const lang = useExplorer((state) => state.lang);
  const local = useExplorer((state) => (id ? state.graph.nodes.get(id) : undefined));
  const fetched = useQuery({ ...queries.node(id ?? ''), enabled: Boolean(id) && !local });
  if (!id) return '';
  if (local) return nodeName(local, lang);
  return fetched.data ? nodeName(fetched.data.node, lang) : id;
}
