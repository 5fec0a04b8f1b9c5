import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { createPortal } from 'react-dom';
import type { StoryStep } from '../../api/client';
import { queries } from '../../api/queries';
import { useT } from '../../i18n/messages';
import { useExplorer } from '../../state/store';
import { Caption } from './Caption';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH, stepPicture } from './preview';
import { stepText, storyElementIds } from './storyModel';

/** The next step as a picture, drawn off screen from the story's elements (the same lookup the stage uses). */
function NextPicture({ steps, step }: { steps: readonly StoryStep[]; step: StoryStep }) {
  const t = useT();
  const lang = useExplorer((state) => state.lang);
  const ids = useMemo(() => storyElementIds(steps), [steps]);
  const { data: found } = useQuery(queries.storyElements(ids.nodes, ids.edges));
  // Drawn synchronously off screen and thrown away at once: a derived value, not an effect.
  const picture = useMemo(() => (found ? stepPicture(step, found, lang, t.types) : null), [found, step, lang, t]);
  if (!picture) return <div className="presenter-next-picture pending" style={{ width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT }} />;
  return (
    <img
      className="presenter-next-picture"
      src={picture}
      width={PREVIEW_WIDTH}
      height={PREVIEW_HEIGHT}
      alt={t.stories.nextPreview}
      data-testid="presenter-next-picture"
      data-step={step.id}
    />
  );
}

/** The speaker's notes for the step shown and a preview of the next one. */
function PresenterNotes({ index }: { index: number }) {
  const t = useT();
  const lang = useExplorer((state) => state.lang);
  const story = useExplorer((state) => state.story);
  const goToStep = useExplorer((state) => state.goToStep);
  if (!story) return null;
  const step = story.steps[index];
  const next = story.steps[index + 1];
  const notes = step ? stepText(step, 'notes', lang) : '';
  return (
    <div className="presenter" data-testid="presenter" data-step={index}>
      <p className="step-count">{t.presentation.step(index + 1, story.steps.length)}</p>
      <h2 data-testid="presenter-title">{step ? stepText(step, 'title', lang) : ''}</h2>
      <h3>{t.stories.presenter.notes}</h3>
      {notes ? <Caption text={notes} testId="presenter-notes" /> : <p className="muted">{t.stories.presenter.noNotes}</p>}
      <div className="presenter-next" data-testid="presenter-next">
        <h3>{t.stories.presenter.next}</h3>
        {next ? (
          <>
            <p className="presenter-next-title">{stepText(next, 'title', lang) || t.stories.stepNumber(index + 2)}</p>
            <NextPicture steps={story.steps} step={next} />
            <Caption text={stepText(next, 'caption', lang)} />
            <p className="muted">
              {next.framing.nodes
                .slice(0, 12)
                .map((id) => next.framing.names[id] ?? id)
                .join(' · ')}
            </p>
          </>
        ) : (
          <p className="muted">{t.stories.presenter.end}</p>
        )}
      </div>
      <div className="caption-controls">
        <button type="button" onClick={() => goToStep(Math.max(0, index - 1))} aria-label={t.presentation.previous}>
          ←
        </button>
        <button type="button" onClick={() => goToStep(Math.min(story.steps.length - 1, index + 1))} aria-label={t.presentation.next}>
          →
        </button>
      </div>
    </div>
  );
}

/** A presenter window opened by a click (popups need one), with the element the notes render into. */
export interface PresenterWindow {
  window: Window;
  root: HTMLElement;
}

/**
 * Opens the presenter view in a second window (for the laptop screen while the projector shows the
 * presentation). It is a same-origin popup rendered through a portal by this same app, so it follows
 * the steps with no messaging. Null when popups are blocked: the view is then shown in the page.
 */
export function openPresenterWindow(): PresenterWindow | null {
  const popup = window.open('', 'liaison-presenter', 'popup,width=760,height=600');
  if (!popup) return null;
  popup.document.title = 'Liaison — presenter';
  for (const sheet of document.querySelectorAll('link[rel=stylesheet], style')) popup.document.head.append(sheet.cloneNode(true));
  const root = popup.document.createElement('div');
  root.className = 'presenter-window';
  popup.document.body.replaceChildren(root);
  return { window: popup, root };
}

/**
 * Closing is deferred by a tick: React runs an effect's cleanup and the effect again at once when the
 * view is remounted (and twice on mount under StrictMode), and that must not close the trainer's window.
 * Only a cleanup that no effect follows closes it.
 */
const pendingClose = new WeakMap<Window, number>();

function closeSoon(popup: Window): void {
  pendingClose.set(
    popup,
    window.setTimeout(() => popup.close(), 0),
  );
}

function keepOpen(popup: Window): void {
  window.clearTimeout(pendingClose.get(popup));
  pendingClose.delete(popup);
}

/** The presenter view in its window (its keys, a clicker plugged into the laptop, drive the presentation), or in the page. */
export function PresenterView({ index, target, onClose }: { index: number; target: PresenterWindow | null; onClose(): void }) {
  useEffect(() => {
    if (!target) return;
    const popup = target.window;
    keepOpen(popup);
    const forward = (event: KeyboardEvent) => window.dispatchEvent(new KeyboardEvent('keydown', { key: event.key }));
    popup.addEventListener('keydown', forward);
    // The trainer may close the window: the button then offers to open it again. (Polled: an
    // about:blank popup's unload events also fire when its first document is replaced.)
    const watch = window.setInterval(() => {
      if (popup.closed) onClose();
    }, 1000);
    return () => {
      window.clearInterval(watch);
      popup.removeEventListener('keydown', forward);
      closeSoon(popup);
    };
  }, [target, onClose]);
  if (target) return createPortal(<PresenterNotes index={index} />, target.root);
  return (
    <aside className="presenter-inline">
      <PresenterNotes index={index} />
    </aside>
  );
}
