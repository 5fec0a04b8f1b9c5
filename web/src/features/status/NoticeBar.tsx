import { useT } from '../../i18n/messages';
import { PathList } from '../paths/PathList';
import { useExplorer } from '../../state/store';

/** What the last operation left unsaid on the canvas: "and N more" (with Show more), paths found. */
export function NoticeBar() {
  const t = useT();
  const notice = useExplorer((state) => state.scene.notice);
  const highlight = useExplorer((state) => state.scene.highlight);
  const perform = useExplorer((state) => state.perform);
  const clearHighlight = useExplorer((state) => state.clearHighlight);
  if (!notice && !highlight) return null;
  if (notice?.kind === 'network' && notice.omitted === 0 && !highlight) return null;
  return (
    // Marked as an overlay: the canvas fits drawings clear of it (graph/fit.ts).
    <div className="notice" role="status" data-testid="notice" data-canvas-overlay="">
      {notice?.kind === 'expand' && (
        <>
          <span data-testid="notice-added" data-added={notice.added} data-already={notice.already}>
            {notice.added || notice.already
              ? t.workbench.inContext(notice.added, notice.already)
              : notice.addedEdges
                ? t.expand.added(notice.added, notice.addedEdges)
                : t.expand.nothing}
          </span>
          {highlight?.centre && <span className="muted">{t.workbench.focusHint}</span>}
          {notice.omitted > 0 && (
            <>
              {' '}
              <strong data-testid="notice-more" data-omitted={notice.omitted}>
                {t.expand.more(notice.omitted)}
              </strong>
              {': '}
              {Object.entries(notice.byLabel)
                .sort((a, b) => b[1] - a[1])
                .map(([label, count]) => t.expand.moreBy(count, (t.labels[label] ?? label).toLowerCase()))
                .join(', ')}
              {notice.op.kind === 'expand' && notice.op.limit < 2000 && (
                <button
                  type="button"
                  onClick={() => {
                    if (notice.op.kind !== 'expand') return;
                    void perform({ ...notice.op, limit: Math.min(2000, notice.op.limit + Math.max(notice.omitted, 25)) });
                  }}
                >
                  {t.expand.showMore}
                </button>
              )}
            </>
          )}
        </>
      )}
      {notice?.kind === 'paths' && (
        <span data-testid="notice-paths">{notice.count ? t.paths.found(notice.count, notice.shortest) : t.paths.none}</span>
      )}
      {notice?.kind === 'paths' && notice.paths.length > 0 && <PathList paths={notice.paths} />}
      {notice?.kind === 'network' && <span>{t.network.omitted(notice.links, notice.omitted)}</span>}
      {highlight && (
        <button type="button" className="link" onClick={clearHighlight} data-testid="clear-highlight">
          {t.paths.clear}
        </button>
      )}
      {!highlight && (
        <button type="button" className="close" aria-label={t.close} onClick={clearHighlight}>
          ×
        </button>
      )}
    </div>
  );
}
