import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { queries } from '../../api/queries';
import { useT } from '../../i18n/messages';
import { useExplorer } from '../../state/store';
import { usePlayback } from './usePlayback';

/**
 * The time window: a histogram of events per year (under the country and topic filters), two
 * sliders for the window, and play/pause, which shows the years of the window one after another.
 */
export function TimeBar() {
  const t = useT();
  const filters = useExplorer((state) => state.filters);
  const playYear = useExplorer((state) => state.playYear);
  const setFilters = useExplorer((state) => state.setFilters);
  const setTimeExtent = useExplorer((state) => state.setTimeExtent);
  const { data: timeline } = useQuery(queries.timeline(filters.country, filters.topic));
  const { playing, toggle } = usePlayback();

  const buckets = timeline?.buckets ?? [];
  const first = Number(buckets[0]?.period ?? 0);
  const last = Number(buckets.at(-1)?.period ?? 0);
  useEffect(() => {
    if (first && last) setTimeExtent([first, last]);
  }, [first, last, setTimeExtent]);
  if (!buckets.length) return null;
  const from = filters.from ?? first;
  const to = filters.to ?? last;
  const max = Math.max(...buckets.map((bucket) => bucket.count), 1);
  const shownTo = playYear ?? to;

  return (
    <section className="timebar" aria-label={t.filters.time} data-testid="timebar">
      <div className="timebar-controls">
        <button type="button" className="play" onClick={toggle} aria-pressed={playing} data-testid="play">
          {playing ? `❚❚ ${t.filters.pause}` : `▶ ${t.filters.play}`}
        </button>
        <span className="timebar-window" aria-live="polite" data-testid="time-window">
          {playYear !== null ? t.filters.playing(playYear) : `${from} – ${to}`}
        </span>
      </div>
      <div className="timebar-track">
        <ol className="histogram" aria-label={t.timeline.title}>
          {buckets.map((bucket) => {
            const year = Number(bucket.period);
            const inside = year >= from && year <= shownTo;
            return (
              <li
                key={bucket.period}
                className={`${inside ? 'inside' : ''}${year === playYear ? ' current' : ''}`}
                title={t.timeline.bar(bucket.period, bucket.count)}
                aria-label={t.timeline.bar(bucket.period, bucket.count)}
              >
                <span className="bar" style={{ height: `${Math.max(2, (bucket.count / max) * 100)}%` }} />
              </li>
            );
          })}
        </ol>
        <div className="sliders">
          <label>
            <span className="visually-hidden">{t.filters.from}</span>
            <input
              type="range"
              min={first}
              max={last}
              value={from}
              data-testid="time-from"
              aria-label={t.filters.from}
              onChange={(event) => {
                const value = Number(event.target.value);
                setFilters({ from: value === first ? null : value, to: filters.to !== null && filters.to < value ? value : filters.to });
              }}
            />
          </label>
          <label>
            <span className="visually-hidden">{t.filters.to}</span>
            <input
              type="range"
              min={first}
              max={last}
              value={to}
              data-testid="time-to"
              aria-label={t.filters.to}
              onChange={(event) => {
                const value = Number(event.target.value);
                setFilters({ to: value === last ? null : value, from: filters.from !== null && filters.from > value ? value : filters.from });
              }}
            />
          </label>
        </div>
        <div className="timebar-scale" aria-hidden="true">
          <span>{first}</span>
          <span>{last}</span>
        </div>
      </div>
    </section>
  );
}
