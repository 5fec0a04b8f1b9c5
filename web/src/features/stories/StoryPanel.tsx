import { useEffect, useState } from 'react';
import { useCanvas } from '../../graph/CanvasContext';
import { useT } from '../../i18n/messages';
import { useExplorer } from '../../state/store';
import { usePresentationMode } from '../presentation/usePresentationMode';
import { exportStoryPdf, exportStoryPngs } from './exportStory';
import { StepItem } from './StepItem';
import { StoryList } from './StoryList';
import { duplicateStep, moveStep } from './storyModel';
import { storyLink, useStoryActions, type SaveResult } from './useStoryActions';

/**
 * The trainer's authoring panel: the saved stories, or the open story with its steps (captured
 * from the canvas), its text in both languages, saving (server or file), sharing, presenting and
 * exporting.
 */
export function StoryPanel() {
  const t = useT();
  const story = useExplorer((state) => state.story);
  const actions = useStoryActions();
  // Any operation of the user's (search, expand, a view…) makes the canvas theirs again: no step is shown.
  useEffect(
    () =>
      useExplorer.subscribe((state, previous) => {
        if (state.history.length > previous.history.length && state.storyStep !== null) state.setStoryStep(null);
      }),
    [],
  );
  return (
    <details className="panel stories" open={story !== null || undefined} data-testid="stories">
      <summary>
        <h2>{t.stories.title}</h2>
      </summary>
      {story ? <StoryEditor actions={actions} /> : <StoryList actions={actions} />}
    </details>
  );
}

function StoryEditor({ actions }: { actions: ReturnType<typeof useStoryActions> }) {
  const t = useT();
  const cy = useCanvas();
  const lang = useExplorer((state) => state.lang);
  const story = useExplorer((state) => state.story)!;
  const dirty = useExplorer((state) => state.storyDirty);
  const current = useExplorer((state) => state.storyStep);
  const editStory = useExplorer((state) => state.editStory);
  const { start } = usePresentationMode();
  const [message, setMessage] = useState<string | null>(null);
  // Someone saved the story since it was opened: their sentence, until the trainer chooses.
  const [conflict, setConflict] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const saved = (result: SaveResult) => {
    setConflict(result.conflict ?? null);
    if (result.saved) setMessage(t.stories.saved);
  };
  const setSteps = (change: (steps: typeof story.steps) => typeof story.steps) => editStory((draft) => ({ ...draft, steps: change(draft.steps) }));
  const move = (from: number, to: number) => {
    setSteps((steps) => moveStep(steps, from, to));
    setMessage(t.stories.moved(from + 1, to + 1));
    // The handle keeps the focus as it travels, so ↑ ↓ can be pressed again.
    requestAnimationFrame(() => document.querySelectorAll<HTMLButtonElement>('[data-testid=story-step-handle]')[to]?.focus());
  };
  const exporting = async (run: () => Promise<void>) => {
    setBusy(true);
    setMessage(t.stories.exporting);
    try {
      await run();
      setMessage(null);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="story-editor" data-testid="story-editor" data-story-id={story.id ?? ''} data-dirty={dirty}>
      <div className="story-titles">
        <label>
          {t.stories.storyTitle} (EN)
          <input
            value={story.title_en}
            maxLength={200}
            onChange={(event) => editStory((draft) => ({ ...draft, title_en: event.target.value }))}
            data-testid="story-title-en"
          />
        </label>
        <label>
          {t.stories.storyTitle} (FR)
          <input
            value={story.title_fr}
            maxLength={200}
            onChange={(event) => editStory((draft) => ({ ...draft, title_fr: event.target.value }))}
            data-testid="story-title-fr"
          />
        </label>
      </div>
      <button type="button" className="primary" onClick={actions.addStep} data-testid="story-add-step">
        {t.stories.addStep}
      </button>
      <p className="muted small">{t.stories.stepList}</p>
      {story.steps.length === 0 && <p className="muted">{t.stories.noSteps}</p>}
      <ol className="story-steps" data-testid="story-steps">
        {story.steps.map((step, index) => (
          <StepItem
            key={step.id}
            step={step}
            index={index}
            count={story.steps.length}
            current={current === index}
            onShow={() => void actions.show(index)}
            onMove={(to) => move(index, to)}
            onDrop={(from) => move(from, index)}
            onDuplicate={() => setSteps((steps) => duplicateStep(steps, index))}
            onRecapture={() => actions.recapture(index)}
            onDelete={() => setSteps((steps) => steps.filter((other) => other.id !== step.id))}
          />
        ))}
      </ol>
      <p className="story-status" aria-live="polite" data-testid="story-status">
        {message ?? (dirty ? t.stories.unsaved : story.id ? t.stories.saved : '')}
      </p>
      {conflict && (
        <div className="story-conflict" role="alert" data-testid="story-conflict">
          <p>{conflict}</p>
          <button
            type="button"
            data-testid="story-conflict-reload"
            onClick={async () => {
              if (story.id && (await actions.openSaved(story.id, current ?? 0))) setConflict(null);
            }}
          >
            {t.stories.reload}
          </button>
          <button type="button" data-testid="story-conflict-copy" onClick={async () => saved(await actions.saveAsCopy())}>
            {t.stories.saveCopy}
          </button>
        </div>
      )}
      {!actions.canEdit && <p className="muted small">{t.stories.saveNeedsEditor}</p>}
      <div className="story-actions">
        <button type="button" disabled={!actions.canEdit || busy} data-testid="story-save" onClick={async () => saved(await actions.save())}>
          {t.stories.save}
        </button>
        <button type="button" onClick={actions.saveFile} data-testid="story-save-file">
          {t.stories.saveFile}
        </button>
        <button
          type="button"
          data-testid="story-share"
          onClick={() => {
            if (!story.id || dirty) return setMessage(t.stories.shareNeedsSave);
            void navigator.clipboard?.writeText(storyLink(story.id, current ?? 0, lang)).catch(() => undefined);
            setMessage(t.copied);
          }}
        >
          {t.stories.share}
        </button>
        <button
          type="button"
          disabled={story.steps.length === 0}
          data-testid="story-start"
          onClick={() => {
            if (story.steps.length === 0) return;
            useExplorer.getState().setStoryStep(current ?? 0);
            start();
          }}
        >
          {t.stories.present}
        </button>
        <button
          type="button"
          disabled={!cy || busy || story.steps.length === 0}
          data-testid="story-pdf"
          onClick={() => cy && void exporting(() => exportStoryPdf(cy, story, lang))}
        >
          {t.stories.exportPdf}
        </button>
        <button
          type="button"
          disabled={!cy || busy || story.steps.length === 0}
          data-testid="story-png"
          onClick={() => cy && void exporting(() => exportStoryPngs(cy, story, lang))}
        >
          {t.stories.exportPng}
        </button>
        <button
          type="button"
          data-testid="story-close"
          onClick={() => {
            if (!dirty || window.confirm(t.stories.closeUnsaved)) actions.close();
          }}
        >
          {t.stories.close}
        </button>
      </div>
    </div>
  );
}
