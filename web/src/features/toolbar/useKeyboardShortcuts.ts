import { useEffect } from 'react';
import { useCanvas } from '../../graph/CanvasContext';
import { useExplorer } from '../../state/store';

function typing(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return Boolean(element && (element.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(element.tagName)));
}

/** Ctrl+Z / Ctrl+Y (or Ctrl+Shift+Z) undo and redo; Delete hides the selection; Escape closes details. */
export function useKeyboardShortcuts(): void {
  const cy = useCanvas();
  const presenting = useExplorer((state) => state.presenting);
  const selected = useExplorer((state) => state.selection.nodes);
  const undo = useExplorer((state) => state.undo);
  const redo = useExplorer((state) => state.redo);
  const perform = useExplorer((state) => state.perform);
  const setFocus = useExplorer((state) => state.setFocus);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // Already handled by something open on top (the More menu closes on Escape).
      if (presenting || event.defaultPrevented || typing(event.target)) return;
      const mod = event.ctrlKey || event.metaKey;
      if (mod && event.key.toLowerCase() === 'z' && !event.shiftKey) {
        event.preventDefault();
        undo();
      } else if (mod && (event.key.toLowerCase() === 'y' || (event.key.toLowerCase() === 'z' && event.shiftKey))) {
        event.preventDefault();
        redo();
      } else if ((event.key === 'Delete' || event.key === 'Backspace') && selected.length) {
        event.preventDefault();
        void perform({ kind: 'hide', ids: selected });
      } else if (event.key === 'Escape') {
        cy?.elements().unselect();
        setFocus(null);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [cy, presenting, selected, undo, redo, perform, setFocus]);
}
