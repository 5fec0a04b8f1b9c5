import { useState } from 'react';
import { nodeCaption } from '../../graph/elements';
import { useT } from '../../i18n/messages';
import { useExplorer } from '../../state/store';
import { sortPairs, topicName, yearSpan, type PairSortKey } from './pairRanking';
import { useCooperationPairs } from './useCooperationPairs';

// Topics are listed under each pair (the sidebar is narrow); they still sort from their own header.
const COLUMNS: PairSortKey[] = ['name', 'weight', 'last', 'topics'];
const SHOWN = 25;

/** Who cooperates most, and on what: the strongest pairs of the network, sortable, each a link to its edge. */
export function PairRanking() {
  const t = useT();
  const lang = useExplorer((state) => state.lang);
  const graph = useExplorer((state) => state.graph);
  const focus = useExplorer((state) => state.focus);
  const ranking = useCooperationPairs();
  const [sort, setSort] = useState<{ key: PairSortKey; descending: boolean }>({ key: 'weight', descending: true });
  if (!ranking) return null;
  const name = (id: string) => {
    const node = graph.nodes.get(id);
    return node ? nodeCaption(node, lang) : id;
  };
  const sorted = sortPairs(ranking.pairs, sort.key, sort.descending, name, lang).slice(0, SHOWN);
  const header = (key: PairSortKey) => (
    <th key={key} aria-sort={sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none'} scope="col">
      <button
        type="button"
        className="sort"
        data-testid={`pairs-sort-${key}`}
        onClick={() => setSort((previous) => ({ key, descending: previous.key === key ? !previous.descending : key !== 'name' }))}
      >
        {t.pairs.columns[key]}
      </button>
    </th>
  );
  return (
    <section className="pair-ranking" data-testid="pair-ranking">
      <h3>{t.pairs.title}</h3>
      <table>
        <thead>
          <tr>{COLUMNS.map(header)}</tr>
        </thead>
        <tbody>
          {sorted.map((pair) => (
            <tr key={pair.edge} data-edge={pair.edge} className={focus?.id === pair.edge ? 'current' : undefined}>
              <td>
                <button type="button" className="link" onClick={() => useExplorer.getState().setFocus({ kind: 'edge', id: pair.edge })}>
                  {name(pair.source)} – {name(pair.target)}
                </button>
                {pair.topics.length > 0 && (
                  <span className="pair-topics">
                    {pair.topics
                      .slice(0, 2)
                      .map((topic) => topicName(ranking.topics[topic.id], topic.id, lang))
                      .join(' · ')}
                    {pair.topics.length > 2 ? ` (+${pair.topics.length - 2})` : ''}
                  </span>
                )}
              </td>
              <td className="number">{pair.weight}</td>
              <td>{yearSpan(pair.first, pair.last)}</td>
              <td className="number">{pair.topics.length}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
