import { useMemo } from 'react';
import { useExplorer } from '../../state/store';

/** Presentation mode on and off, with the browser's full screen. */
export function usePresentationMode(): { start(fullscreen?: boolean): void; stop(): void } {
  const startPresenting = useExplorer((state) => state.startPresenting);
  const stopPresenting = useExplorer((state) => state.stopPresenting);
  return useMemo(
    () => ({
      /** Enters presentation mode at the first step; `fullscreen` asks the browser for full screen too. */
      start(fullscreen = true) {
        if (fullscreen) void document.documentElement.requestFullscreen?.().catch(() => undefined);
        startPresenting();
      },
      /** Leaves presentation mode (and full screen). */
      stop() {
        if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
        stopPresenting();
      },
    }),
    [startPresenting, stopPresenting],
  );
}
