import { useCallback, useEffect, useState } from 'react';
import { useExplorer } from '../../state/store';

/** How long each year stays on screen while playing. */
export const YEAR_MS = 900;

/**
 * Play/pause of the time window: shows the window growing year by year, from its first year to its
 * last, then stops. Pause keeps the year on screen; play again goes on from there. Each year stays
 * `yearMs` once drawn: with the map open, the next year waits for the map to have drawn this one.
 */
export function usePlayback(yearMs: number = YEAR_MS): { playing: boolean; toggle(): void } {
  const [playing, setPlaying] = useState(false);
  const filters = useExplorer((state) => state.filters);
  const playYear = useExplorer((state) => state.playYear);
  const timeExtent = useExplorer((state) => state.timeExtent);
  const showYear = useExplorer((state) => state.showYear);
  // With the map open, a year counts from when the map has drawn it (statuses fetched and painted).
  const mapOpen = useExplorer((state) => state.mapOpen);
  const mapDrawnYear = useExplorer((state) => state.mapDrawnYear);
  const drawing = mapOpen && playYear !== null && mapDrawnYear !== playYear;
  const first = filters.from ?? timeExtent?.[0] ?? 2000;
  const last = filters.to ?? timeExtent?.[1] ?? new Date().getFullYear();

  // One tick per year shown: the next year `yearMs` after it is drawn, or the end of the play.
  useEffect(() => {
    if (!playing || drawing) return;
    const timer = window.setTimeout(() => {
      const next = playYear === null ? first : playYear + 1;
      if (next > last) {
        showYear(null);
        setPlaying(false);
      } else showYear(next);
    }, yearMs);
    return () => window.clearTimeout(timer);
  }, [playing, drawing, playYear, first, last, showYear, yearMs]);

  const toggle = useCallback(() => {
    if (!playing && playYear === null) showYear(first);
    setPlaying((value) => !value);
  }, [playing, playYear, first, showYear]);

  return { playing, toggle };
}
