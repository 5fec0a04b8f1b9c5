import { useMemo } from 'react';
import type { NodeLabel } from '../../api/client';
import { useT } from '../../i18n/messages';
import { NO_FILTERS, useExplorer } from '../../state/store';
import { useNodeName } from '../details/useNodeName';
import { SearchBox } from '../search/SearchBox';
import { useHiddenIds } from './useHiddenIds';

/** The two filters that hold one node each, with what they search for. */
const PICKERS = { country: ['Country'], topic: ['Topic'] } satisfies Record<'country' | 'topic', NodeLabel[]>;

/** A filter that holds one node (a country, a topic): a typeahead limited to its label, and ×. */
function NodePicker({ kind }: { kind: keyof typeof PICKERS }) {
  const t = useT();
  const value = useExplorer((state) => state.filters[kind]);
  const setFilters = useExplorer((state) => state.setFilters);
  const name = useNodeName(value);
  const label = t.filters[kind];
  return (
    <div className="picker" title={t.filters[`${kind}Hint`]}>
      <span className="picker-label">{label}</span>
      <SearchBox
        id={`filter-${kind}`}
        label={label}
        placeholder={t.filters.any}
        labels={PICKERS[kind]}
        value={value ? name : ''}
        onPick={(result) => setFilters({ [kind]: result.id })}
      />
      {value && (
        <button type="button" className="link" onClick={() => setFilters({ [kind]: null })} aria-label={`${label}: ${t.filters.any}`}>
          ×
        </button>
      )}
    </div>
  );
}

/** Relationship types, country and topic; labels are filtered in the legend, time in the time bar. */
export function FiltersPanel() {
  const t = useT();
  const graph = useExplorer((state) => state.graph);
  const filters = useExplorer((state) => state.filters);
  const toggleType = useExplorer((state) => state.toggleType);
  const resetFilters = useExplorer((state) => state.resetFilters);
  const hidden = useHiddenIds();
  // Counts follow what is drawn (time window, play, other filters): shown of loaded.
  const types = useMemo(() => {
    const counts = new Map<string, { all: number; shown: number }>();
    for (const edge of graph.edges.values()) {
      const entry = counts.get(edge.type) ?? { all: 0, shown: 0 };
      entry.all += 1;
      if (!hidden.has(edge.id)) entry.shown += 1;
      counts.set(edge.type, entry);
    }
    return [...counts.entries()].sort((a, b) => b[1].all - a[1].all);
  }, [graph, hidden]);
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
              <span className="legend-count" data-shown={count.shown} title={t.shownOf(count.shown, count.all)}>
                {count.shown === count.all ? count.all : `${count.shown} / ${count.all}`}
              </span>
            </li>
          ))}
        </ul>
      </fieldset>
      <NodePicker kind="country" />
      <NodePicker kind="topic" />
      {active && (
        <button type="button" onClick={resetFilters}>
          {t.filters.reset}
        </button>
      )}
    </details>
  );
}
