import { useMemo } from 'react';
import type { NodeLabel } from '../../api/client';
import { useT } from '../../i18n/messages';
import { NO_FILTERS, useExplorer } from '../../state/store';
import { useNodeName } from '../details/useNodeName';
import { SearchBox } from '../search/SearchBox';

const COUNTRY: NodeLabel[] = ['Country'];
const TOPIC: NodeLabel[] = ['Topic'];

/** Relationship types, country and topic; labels are filtered in the legend, time in the time bar. */
export function FiltersPanel() {
  const t = useT();
  const graph = useExplorer((state) => state.graph);
  const filters = useExplorer((state) => state.filters);
  const setFilters = useExplorer((state) => state.setFilters);
  const countryName = useNodeName(filters.country);
  const topicName = useNodeName(filters.topic);
  const types = useMemo(() => {
    const counts = new Map<string, number>();
    for (const edge of graph.edges.values()) counts.set(edge.type, (counts.get(edge.type) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1]);
  }, [graph]);
  const toggleType = (type: string) =>
    setFilters({
      hiddenTypes: filters.hiddenTypes.includes(type) ? filters.hiddenTypes.filter((item) => item !== type) : [...filters.hiddenTypes, type],
    });
  const active = JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);

  return (
    <details className="panel filters" open>
      <summary>
        <h2>{t.filters.title}</h2>
      </summary>
      <fieldset>
        <legend>{t.filters.types}</legend>
        <ul className="type-list">
          {types.map(([type, count]) => (
            <li key={type} data-type={type}>
              <label>
                <input type="checkbox" checked={!filters.hiddenTypes.includes(type)} onChange={() => toggleType(type)} />
                <span>{t.types[type] ?? type}</span>
              </label>
              <span className="legend-count">{count}</span>
            </li>
          ))}
        </ul>
      </fieldset>
      <div className="picker" title={t.filters.countryHint}>
        <span className="picker-label">{t.filters.country}</span>
        <SearchBox
          id="filter-country"
          label={t.filters.country}
          placeholder={t.filters.any}
          labels={COUNTRY}
          value={filters.country ? countryName : ''}
          onPick={(result) => setFilters({ country: result.id })}
        />
        {filters.country && (
          <button type="button" className="link" onClick={() => setFilters({ country: null })} aria-label={`${t.filters.country}: ${t.filters.any}`}>
            ×
          </button>
        )}
      </div>
      <div className="picker" title={t.filters.topicHint}>
        <span className="picker-label">{t.filters.topic}</span>
        <SearchBox
          id="filter-topic"
          label={t.filters.topic}
          placeholder={t.filters.any}
          labels={TOPIC}
          value={filters.topic ? topicName : ''}
          onPick={(result) => setFilters({ topic: result.id })}
        />
        {filters.topic && (
          <button type="button" className="link" onClick={() => setFilters({ topic: null })} aria-label={`${t.filters.topic}: ${t.filters.any}`}>
            ×
          </button>
        )}
      </div>
      {active && (
        <button type="button" onClick={() => useExplorer.getState().set({ filters: NO_FILTERS, playYear: null })}>
          {t.filters.reset}
        </button>
      )}
    </details>
  );
}
