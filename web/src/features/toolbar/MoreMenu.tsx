import { useEffect, useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useT } from '../../i18n/messages';

/**
 * The toolbar's overflow: a disclosure button that opens the groups that did not fit on the row.
 * Escape or a click elsewhere closes it; it stays open while its tools are used.
 */
export function MoreMenu({ buttonRef, children }: { buttonRef: RefObject<HTMLButtonElement | null>; children: ReactNode }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const panel = useRef<HTMLDivElement>(null);
  const id = useId();

  useEffect(() => {
    if (!open) return;
    const outside = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!panel.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    const escape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      // Escape closes the innermost thing only: the menu, not the details panel behind it.
      event.preventDefault();
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('pointerdown', outside);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('pointerdown', outside);
      document.removeEventListener('keydown', escape);
    };
  }, [open, buttonRef]);

  return (
    <div className="tool-group toolbar-more">
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={id}
        aria-label={t.workbench.moreLabel}
        title={t.workbench.moreLabel}
        onClick={() => setOpen(!open)}
        data-testid="toolbar-more"
      >
        ⋯ {t.workbench.more}
      </button>
      {open && (
        <div id={id} ref={panel} className="toolbar-more-panel" role="group" aria-label={t.workbench.moreLabel} data-testid="toolbar-more-panel">
          {children}
        </div>
      )}
    </div>
  );
}
