import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { queries } from '../../api/queries';
import { useT } from '../../i18n/messages';
import { useExplorer } from '../../state/store';
import { usePresentationMode } from '../presentation/usePresentationMode';
import { storyTitle } from './storyModel';
import type { useStoryActions } from './useStoryActions';

/** The saved stories as cards (picture, title, author, date, steps), and the ways to start one. */
export function StoryList({ actions }: { actions: ReturnType<typeof useStoryActions> }) {
  const t = useT();
  const lang = useExplorer((state) => state.lang);
  const { data: stories } = useQuery(queries.stories());
  const { start } = usePresentationMode();
  const fileInput = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <div className="story-list">
      <div className="story-actions">
        <button type="button" onClick={actions.newStory} data-testid="story-new">
          {t.stories.newStory}
        </button>
        <button type="button" onClick={() => fileInput.current?.click()} data-testid="story-open-file">
          {t.stories.openFile}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          data-testid="story-file-input"
          onChange={async (event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) setProblem(await actions.openFile(file));
          }}
        />
      </div>
      {problem && (
        <p className="story-problem" role="alert">
          {problem}
        </p>
      )}
      {stories && stories.length === 0 && <p className="muted">{t.stories.none}</p>}
      <ul className="story-cards">
        {(stories ?? []).map((story) => {
          const title = storyTitle(story, lang) || t.stories.untitled;
          return (
            <li key={story.id} data-story={story.id} className="story-card">
              {story.thumbnail && <img src={story.thumbnail} alt="" width={96} height={60} />}
              <div>
                <p className="story-card-title">
                  {title} {story.seed && <span className="badge">{t.stories.seed}</span>}
                </p>
                <p className="muted">
                  {t.stories.by(story.author, new Date(story.updated).toLocaleDateString(lang))} · {t.stories.steps(story.stepCount)}
                </p>
                <div className="story-card-actions">
                  <button type="button" onClick={() => void actions.openSaved(story.id)} data-testid="story-open">
                    {t.stories.open}
                  </button>
                  <button
                    type="button"
                    data-testid="story-present"
                    onClick={async () => {
                      // Full screen must be asked for inside the click, before any await.
                      const entered = document.documentElement.requestFullscreen?.().catch(() => undefined);
                      if (!(await actions.openSaved(story.id))) return;
                      await entered;
                      start(false);
                    }}
                  >
                    {t.stories.present}
                  </button>
                  <button type="button" onClick={() => void actions.duplicate(story.id)} data-testid="story-duplicate">
                    {t.stories.duplicate}
                  </button>
                  {actions.canEdit && (
                    <button
                      type="button"
                      data-testid="story-delete"
                      onClick={() => {
                        if (window.confirm(t.stories.deleteConfirm(title))) void actions.remove(story.id);
                      }}
                    >
                      {t.stories.delete}
                    </button>
                  )}
                </div>
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
