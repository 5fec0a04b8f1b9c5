import { nodeName } from '../../graph/elements';
import { communityColor } from '../../graph/palette';
import { useT } from '../../i18n/messages';
import { useExplorer, type Metric } from '../../state/store';
import { PairRanking } from './PairRanking';
import { useNetworkFigures } from './useNetworkFigures';

const METRICS: Metric[] = ['degree', 'betweenness', 'pagerank', 'none'];

/** Cooperation network controls: what sizes the nodes, and the communities that colour them. */
export function NetworkPanel() {
  const t = useT();
  const metric = useExplorer((state) => state.metric);
  const setMetric = useExplorer((state) => state.setMetric);
  const graph = useExplorer((state) => state.graph);
  const lang = useExplorer((state) => state.lang);
  const figures = useNetworkFigures();
  const top = (figures?.communities ?? []).slice(0, 8);
  return (
    <section className="panel network" aria-label={t.network.title} data-testid="network-panel">
      <h2>{t.network.title}</h2>
      <p className="muted">{t.network.explain}</p>
      <label>
        {t.network.sizeBy}{' '}
        <select value={metric} onChange={(event) => setMetric(event.target.value as Metric)} data-testid="metric">
          {METRICS.map((value) => (
            <option key={value} value={value}>
              {value === 'none' ? t.workbench.size.none : t.network[value]}
            </option>
          ))}
        </select>
      </label>
      <p className="muted metric-help">{metric === 'none' ? t.workbench.size.help.none : t.metricHelp[metric]}</p>
      <PairRanking />
      <h3>{t.network.communities}</h3>
      <ul className="communities">
        {top.map((community) => {
          const leaders = [...community.members]
            .sort((a, b) => (figures?.byNode.get(b)?.pagerank ?? 0) - (figures?.byNode.get(a)?.pagerank ?? 0))
            .slice(0, 3)
            .map((id) => {
              const node = graph.nodes.get(id);
              return node ? nodeName(node, lang) : id;
            });
          return (
            <li key={community.id} data-community={community.id}>
              <span className="swatch" style={{ background: communityColor(community.id) }} aria-hidden="true" />
              <span>
                <strong>{t.network.community(community.id + 1)}</strong> ({community.size}): {leaders.join(', ')}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
