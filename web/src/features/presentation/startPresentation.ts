import { useExplorer } from '../../state/store';

/** Enters presentation mode at the first step; `fullscreen` asks the browser for full screen too. */
export function startPresentation(fullscreen = true): void {
  if (fullscreen) void document.documentElement.requestFullscreen?.().catch(() => undefined);
  useExplorer.getState().set({ presenting: true, step: 0, focus: null, tableOpen: false });
}

/** Leaves presentation mode (and full screen). */
export function stopPresentation(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  useExplorer.getState().set({ presenting: false, step: 0 });
}
