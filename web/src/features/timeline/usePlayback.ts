import { useCallback, useEffect, useState } from 'react';
import { useExplorer } from '../../state/store';

/** How long each year stays on screen while playing. */
export const YEAR_MS = 900;

/**
 * Play/pause of the time window: shows the window growing year by year, from its first year to its
 * last, then stops. Pause keeps the year on screen; play again goes on from there.
 */
export function usePlayback(): { playing: boolean; toggle(): void } {
  const [playing, setPlaying] = useState(false);

  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(() => {
      const { filters, playYear, set } = useExplorer.getState();
      const first = filters.from ?? earliestYear();
      const last = filters.to ?? latestYear();
      const next = playYear === null ? first : playYear + 1;
      if (next > last) {
        set({ playYear: null });
        setPlaying(false);
      } else set({ playYear: next });
    }, YEAR_MS);
    return () => window.clearInterval(timer);
  }, [playing]);

  const toggle = useCallback(() => {
    if (!playing && useExplorer.getState().playYear === null) {
      const { filters, set } = useExplorer.getState();
      set({ playYear: filters.from ?? earliestYear() });
    }
    setPlaying((value) => !value);
  }, [playing]);

  return { playing, toggle };
}

function earliestYear(): number {
  return useExplorer.getState().timeExtent?.[0] ?? 2000;
}

function latestYear(): number {
  return useExplorer.getState().timeExtent?.[1] ?? new Date().getFullYear();
}
