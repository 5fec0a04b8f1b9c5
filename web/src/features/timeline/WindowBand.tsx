import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { useT } from '../../i18n/messages';
import { shiftWindow } from './yearScale';

/** Half the slider thumb's width (styles.css): where a range input draws its first and last value. */
const THUMB_HALF_PX = 7;

interface WindowBandProps {
  first: number;
  last: number;
  from: number;
  to: number;
  /** The window moved as a whole (same length), within first…last. */
  onShift(from: number, to: number): void;
}

/**
 * The selected years between the two slider handles, dragged as a whole with the pointer, or
 * moved with the arrow keys (a year), Page Up/Down (five years), Home and End (to the bounds).
 * A slider for assistive technology, whose value reads as the window ("2010 – 2014").
 */
export function WindowBand({ first, last, from, to, onShift }: WindowBandProps) {
  const t = useT();
  const drag = useRef<{ x: number; from: number; to: number; yearPx: number } | null>(null);
  const span = Math.max(last - first, 1);
  const at = (year: number) => `calc(${THUMB_HALF_PX}px + (100% - ${2 * THUMB_HALF_PX}px) * ${(year - first) / span})`;
  const shift = (delta: number, base: { from: number; to: number } = { from, to }) => {
    const [start, end] = shiftWindow(base.from, base.to, delta, first, last);
    if (start !== from || end !== to) onShift(start, end);
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    const track = event.currentTarget.parentElement?.getBoundingClientRect();
    if (!track) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { x: event.clientX, from, to, yearPx: (track.width - 2 * THUMB_HALF_PX) / span };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const start = drag.current;
    if (!start) return;
    shift(Math.round((event.clientX - start.x) / start.yearPx), start);
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    drag.current = null;
    if (event.currentTarget.hasPointerCapture(event.pointerId)) event.currentTarget.releasePointerCapture(event.pointerId);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const deltas: Record<string, number> = {
      ArrowLeft: -1,
      ArrowDown: -1,
      ArrowRight: 1,
      ArrowUp: 1,
      PageDown: -5,
      PageUp: 5,
      Home: first - from,
      End: last - to,
    };
    const delta = deltas[event.key];
    if (delta === undefined) return;
    event.preventDefault();
    shift(delta);
  };

  return (
    <div
      className="window-band"
      role="slider"
      tabIndex={0}
      aria-label={t.filters.windowBand}
      aria-valuemin={first}
      aria-valuemax={last - (to - from)}
      aria-valuenow={from}
      aria-valuetext={`${from} – ${to}`}
      data-testid="time-window-band"
      data-from={from}
      data-to={to}
      style={{ left: at(from), width: `calc((100% - ${2 * THUMB_HALF_PX}px) * ${(to - from) / span})` }}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
}
