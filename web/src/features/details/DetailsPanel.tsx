import { useT } from '../../i18n/messages';
import { useExplorer } from '../../state/store';
import { EdgeDetails } from './EdgeDetails';
import { NodeDetails } from './NodeDetails';

/** The right-hand panel: details of the focused node or relationship. */
export function DetailsPanel() {
  const t = useT();
  const focus = useExplorer((state) => state.focus);
  const setFocus = useExplorer((state) => state.setFocus);
  if (!focus) return null;
  return (
    <aside className="details" aria-label={t.details.title} data-testid="details">
      <button type="button" className="close" onClick={() => setFocus(null)} aria-label={t.close}>
        ×
      </button>
      {focus.kind === 'node' ? <NodeDetails id={focus.id} /> : <EdgeDetails id={focus.id} />}
    </aside>
  );
}
