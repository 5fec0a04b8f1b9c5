import { useEffect } from 'react';
import { getCanvas } from '../../graph/canvasRegistry';
import { useExplorer } from '../../state/store';

function typing(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return Boolean(element && (element.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(element.tagName)));
}

/** Ctrl+Z / Ctrl+Y (or Ctrl+Shift+Z) undo and redo; Delete hides the selection; Escape closes details. */
export function useKeyboardShortcuts(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const state = useExplorer.getState();
      if (state.presenting || typing(event.target)) return;
      const mod = event.ctrlKey || event.metaKey;
      if (mod && event.key.toLowerCase() === 'z' && !event.shiftKey) {
        event.preventDefault();
        state.undo();
      } else if (mod && (event.key.toLowerCase() === 'y' || (event.key.toLowerCase() === 'z' && event.shiftKey))) {
        event.preventDefault();
        state.redo();
      } else if ((event.key === 'Delete' || event.key === 'Backspace') && state.selection.nodes.length) {
        event.preventDefault();
        void state.perform({ kind: 'hide', ids: state.selection.nodes });
      } else if (event.key === 'Escape') {
        getCanvas()?.elements().unselect();
        state.set({ focus: null });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
