import { useT } from '../../i18n/messages';
import { useExplorer } from '../../state/store';
import { typedYear } from './yearScale';

/**
 * Comparison mode switch and its two years (typed, within the timeline's years). While on, the
 * canvas shows what held at either year, added and gone elements in their colours (CompareLegend).
 */
export function CompareControls({ first, last: lastEvent }: { first: number; last: number }) {
  const t = useT();
  // Facts outlive the last event (a membership ended in 2022): any year up to this one compares.
  const last = Math.max(lastEvent, new Date().getFullYear());
  const compare = useExplorer((state) => state.compare);
  const filters = useExplorer((state) => state.filters);
  const setCompare = useExplorer((state) => state.setCompare);
  const years: [number, number] = compare ?? [filters.from ?? first, filters.to ?? lastEvent];
  const setYear = (index: 0 | 1, raw: string) => {
    const value = typedYear(raw, first, last);
    if (value === null) return;
    const next: [number, number] = [...years];
    next[index] = value;
    setCompare(next);
  };
  return (
    <span className="timebar-compare" data-testid="compare-controls">
      <label>
        <input
          type="checkbox"
          checked={compare !== null}
          onChange={(event) => setCompare(event.target.checked ? years : null)}
          data-testid="compare-toggle"
        />
        {t.compare.toggle}
      </label>
      {compare && (
        <span className="timebar-compare-years">
          {[0, 1].map((index) => (
            <input
              key={`${index}-${years[index]}`}
              type="number"
              min={first}
              max={last}
              defaultValue={years[index]}
              aria-label={index === 0 ? t.compare.yearA : t.compare.yearB}
              data-testid={`compare-year-${index}`}
              onBlur={(event) => setYear(index as 0 | 1, event.currentTarget.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') event.currentTarget.blur();
              }}
            />
          ))}
        </span>
      )}
    </span>
  );
}
