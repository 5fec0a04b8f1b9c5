import { useMemo } from 'react';
import { COMPARE_COLOURS } from '../../graph/styles';
import { useT } from '../../i18n/messages';
import { useExplorer } from '../../state/store';
import { useHiddenIds } from '../filters/useHiddenIds';
import { useComparison } from '../timeline/useComparison';

/** In comparison mode: the colours of added and gone elements, with how many of each are drawn. */
export function CompareLegend() {
  const t = useT();
  const compare = useExplorer((state) => state.compare);
  const comparison = useComparison();
  const hidden = useHiddenIds();
  const counts = useMemo(() => {
    const result = { added: 0, removed: 0, same: 0 };
    for (const [id, state] of comparison ?? []) if (state !== 'absent' && !hidden.has(id)) result[state] += 1;
    return result;
  }, [comparison, hidden]);
  if (!compare) return null;
  const [early, late] = [Math.min(...compare), Math.max(...compare)];
  const rows = [
    { key: 'added', label: t.compare.added(late), color: COMPARE_COLOURS.added, dashed: false },
    { key: 'removed', label: t.compare.removed(late), color: COMPARE_COLOURS.removed, dashed: true },
    { key: 'same', label: t.compare.same, color: '#9a9a9a', dashed: false },
  ] as const;
  return (
    <div className="compare-legend" data-testid="compare-legend">
      <h3>{t.compare.title(early, late)}</h3>
      <ul>
        {rows.map((row) => (
          <li key={row.key} data-change={row.key} data-count={counts[row.key]}>
            <svg className="legend-shape" width="16" height="16" aria-hidden="true">
              <circle cx="8" cy="8" r="6" fill="#ffffff" stroke={row.color} strokeWidth="3" strokeDasharray={row.dashed ? '3 2' : undefined} />
            </svg>
            <span className="legend-name">{row.label}</span>
            <span className="legend-count">{counts[row.key]}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
