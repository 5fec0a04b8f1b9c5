import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { queries } from '../../api/queries';
import { useT } from '../../i18n/messages';
import { useExplorer } from '../../state/store';
import { CompareControls } from './CompareControls';
import { usePlayback, YEAR_MS } from './usePlayback';
import { WindowBand } from './WindowBand';
import { useScaleWidth } from './useScaleWidth';
import { fittingYearTicks, PLAY_SPEEDS, typedYear, yearPosition } from './yearScale';

/**
 * The time window: a histogram of events per year (under the country and topic filters), two
 * sliders for the window, and play/pause, which shows the years of the window one after another.
 */
export function TimeBar() {
  const t = useT();
  const filters = useExplorer((state) => state.filters);
  const playYear = useExplorer((state) => state.playYear);
  // The comparison shows two fixed years: playing would change nothing on the canvas.
  const comparing = useExplorer((state) => state.compare !== null);
  const setFilters = useExplorer((state) => state.setFilters);
  const setTimeExtent = useExplorer((state) => state.setTimeExtent);
  const { data: timeline } = useQuery(queries.timeline(filters.country, filters.topic));
  const [speed, setSpeed] = useState<number>(YEAR_MS);
  const { playing, toggle } = usePlayback(speed);

  const buckets = timeline?.buckets ?? [];
  const first = Number(buckets[0]?.period ?? 0);
  const last = Number(buckets.at(-1)?.period ?? 0);
  const [scale, { width: scaleWidth, labelWidth }] = useScaleWidth(String(last || 2000));
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
        <button type="button" className="play" onClick={toggle} aria-pressed={playing} data-testid="play" disabled={comparing && !playing}>
          {playing ? `❚❚ ${t.filters.pause}` : `▶ ${t.filters.play}`}
        </button>
        <label className="timebar-speed">
          <span className="visually-hidden">{t.filters.speed}</span>
          <select value={speed} onChange={(event) => setSpeed(Number(event.target.value))} aria-label={t.filters.speed} data-testid="play-speed">
            {[...new Set([...PLAY_SPEEDS, YEAR_MS])]
              .sort((a, b) => a - b)
              .map((ms) => (
                <option key={ms} value={ms}>
                  {t.filters.perYear(ms / 1000)}
                </option>
              ))}
          </select>
        </label>
        <span className="timebar-typed">
          <input
            type="number"
            min={first}
            max={last}
            defaultValue={from}
            key={`from-${from}`}
            aria-label={t.filters.from}
            data-testid="time-from-input"
            onBlur={(event) => {
              const value = typedYear(event.currentTarget.value, first, last);
              if (value !== null) setFilters({ from: value, to: filters.to !== null && filters.to < value ? value : filters.to });
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter') event.currentTarget.blur();
            }}
          />
          –
          <input
            type="number"
            min={first}
            max={last}
            defaultValue={to}
            key={`to-${to}`}
            aria-label={t.filters.to}
            data-testid="time-to-input"
            onBlur={(event) => {
              const value = typedYear(event.currentTarget.value, first, last);
              if (value !== null) setFilters({ to: value, from: filters.from !== null && filters.from > value ? value : filters.from });
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter') event.currentTarget.blur();
            }}
          />
        </span>
        <span className="timebar-window" aria-live="polite" data-testid="time-window">
          {playYear !== null ? t.filters.playing(playYear) : `${from} – ${to}`}
        </span>
        <CompareControls first={first} last={last} />
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
          <WindowBand
            first={first}
            last={last}
            from={from}
            to={to}
            onShift={(start, end) => setFilters({ from: start === first ? null : start, to: end === last ? null : end })}
          />
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
        <div className="timebar-scale" aria-hidden="true" ref={scale} data-testid="timebar-scale">
          {fittingYearTicks(first, last, scaleWidth, labelWidth).map((year) => (
            <span key={year} style={{ left: `${yearPosition(year, first, last) * 100}%` }} data-tick={year}>
              {year}
            </span>
          ))}
        </div>
      </div>
    </section>
  );
}
