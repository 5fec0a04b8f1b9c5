import { nodeCaption } from '../../graph/elements';
import { useT } from '../../i18n/messages';
import { useExplorer } from '../../state/store';
import { pathSteps, pathText, rankPaths, type PathGraph, type PathIds } from './pathRanking';

/**
 * The paths found, as text ("UNODC → organised → Meeting · Vienna 2010 ← participated in ← GRETA"),
 * meaningful ones first (generic links through a city or a country last); a click lights one up.
 */
export function PathList({ paths }: { paths: PathIds[] }) {
  const t = useT();
  const lang = useExplorer((state) => state.lang);
  const graph = useExplorer((state) => state.graph);
  const lookup: PathGraph = {
    labelOf: (id) => graph.nodes.get(id)?.labels[0],
    edge: (id) => graph.edges.get(id),
  };
  const caption = (id: string) => {
    const node = graph.nodes.get(id);
    return node ? nodeCaption(node, lang) : id;
  };
  const ranked = rankPaths(paths, lookup);
  return (
    <ol className="path-list" data-testid="path-list">
      {ranked.map((path) => {
        const steps = pathSteps(path, lookup, caption, (type) => t.types[type] ?? type);
        const key = path.edges.join('|');
        return (
          <li key={key}>
            <button type="button" className="link" data-path={key} onClick={() => useExplorer.getState().highlightPath(path)}>
              {pathText(steps)}
            </button>
          </li>
        );
      })}
    </ol>
  );
}
