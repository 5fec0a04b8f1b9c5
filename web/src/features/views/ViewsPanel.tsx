import { useQuery } from '@tanstack/react-query';
import { queries } from '../../api/queries';
import { useT } from '../../i18n/messages';
import { useExplorer } from '../../state/store';
import { usePresentationMode } from '../presentation/usePresentationMode';
import { useStoryActions } from '../stories/useStoryActions';
import { useViews } from './useViews';

/**
 * The curated views for trainers: open one, or present it. A view is presented through the story
 * written for it (seed/stories.json: hand-written steps and captions); a view without one is
 * presented as a single picture with its description.
 */
export function ViewsPanel() {
  const t = useT();
  const lang = useExplorer((state) => state.lang);
  const current = useExplorer((state) => state.scene.viewId);
  const perform = useExplorer((state) => state.perform);
  const startPresenting = useExplorer((state) => state.startPresenting);
  const views = useViews();
  const { data: stories } = useQuery(queries.stories());
  const actions = useStoryActions();
  const { start } = usePresentationMode();
  return (
    <details className="panel views" open={current !== null || undefined} data-testid="views">
      <summary>
        <h2>{t.views.title}</h2>
      </summary>
      {views && views.length === 0 && <p className="muted">{t.views.none}</p>}
      <ul className="view-list">
        {(views ?? []).map((view) => (
          <li key={view.id} data-view={view.id} className={view.id === current ? 'current' : undefined}>
            <p className="view-title">{lang === 'fr' ? view.title_fr : view.title_en}</p>
            <p className="view-description">{lang === 'fr' ? view.description_fr : view.description_en}</p>
            <div className="view-actions">
              <button type="button" onClick={() => void perform({ kind: 'view', id: view.id })} data-testid="view-open">
                {t.views.open}
              </button>
              <button
                type="button"
                onClick={async () => {
                  // Full screen must be asked for inside the click, before any await.
                  const entered = document.documentElement.requestFullscreen?.().catch(() => undefined);
                  const story = stories?.find((item) => item.view === view.id);
                  if (story) {
                    if (!(await actions.openSaved(story.id))) return;
                    await entered;
                    start(false);
                    return;
                  }
                  if (current !== view.id && !(await perform({ kind: 'view', id: view.id }))) return;
                  await entered;
                  startPresenting();
                }}
                data-testid="view-present"
              >
                {t.views.present}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </details>
  );
}
