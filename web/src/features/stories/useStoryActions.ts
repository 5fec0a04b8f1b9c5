import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api, ApiError, type StoryStep } from '../../api/client';
import { queries } from '../../api/queries';
import { useCanvas } from '../../graph/CanvasContext';
import { useT } from '../../i18n/messages';
import { useExplorer } from '../../state/store';
import { reportFailure } from '../../state/status';
import { download } from '../export/download';
import { useAccount } from '../account/useAccount';
import { fileStem } from './exportStory';
import { captureFraming, showStep, thumbnailOf } from './stage';
import { emptyStory, newStepId, parseStoryFile, storyTitle, toInput, toStoryFile, type StoryDraft } from './storyModel';

/** The link that opens a saved story at a step (the presentation's URL follows the step too). */
export function storyLink(id: string, step: number, lang: string): string {
  const params = new URLSearchParams({ story: id, lang });
  if (step > 0) params.set('step', String(step));
  return `${window.location.origin}${window.location.pathname}?${params.toString()}`;
}

/** How a save went: `conflict` holds the server's sentence when someone saved the story since it was loaded. */
export interface SaveResult {
  saved: boolean;
  conflict?: string;
}

/** What the authoring panel does: every action on the open story and on the saved ones. */
export function useStoryActions() {
  const t = useT();
  const cy = useCanvas();
  const client = useQueryClient();
  const { canEdit } = useAccount();

  return useMemo(() => {
    const state = () => useExplorer.getState();
    const blankStep = (): StoryStep | null =>
      cy
        ? {
            id: newStepId(),
            title_en: '',
            title_fr: '',
            caption_en: '',
            caption_fr: '',
            notes_en: '',
            notes_fr: '',
            reveal: false,
            framing: captureFraming(cy, state()),
          }
        : null;
    const refreshList = () => client.invalidateQueries({ queryKey: queries.stories().queryKey });

    return {
      canEdit,
      newStory() {
        state().openStory(emptyStory());
      },
      /** Captures the canvas as a new step at the end; the first step gives the story its card picture. */
      addStep() {
        const step = blankStep();
        if (!step || !cy) return;
        const picture = state().story?.thumbnail ? null : thumbnailOf(cy);
        state().editStory((story) => ({ ...story, steps: [...story.steps, step], thumbnail: story.thumbnail ?? picture }));
        state().setStoryStep((state().story?.steps.length ?? 1) - 1);
      },
      /** The step keeps its text; its picture becomes what the canvas shows now. */
      recapture(index: number) {
        if (!cy) return;
        const framing = captureFraming(cy, state());
        state().editStory((story) => ({ ...story, steps: story.steps.map((step, at) => (at === index ? { ...step, framing } : step)) }));
      },
      async show(index: number) {
        if (cy) await showStep(cy, index);
      },
      /**
       * Saves the open story on the server. A story someone else saved since it was loaded is not
       * overwritten: the answer is `conflict` with the server's sentence, and the trainer chooses to
       * reload it or to save theirs as a copy.
       */
      async save(): Promise<SaveResult> {
        const story = state().story;
        if (!story || !canEdit) return { saved: false };
        const input = { ...toInput(story), thumbnail: cy && story.steps.length > 0 ? thumbnailOf(cy) : story.thumbnail };
        try {
          const saved = story.id ? await api.replaceStory(story.id, { ...input, updated: story.updated ?? '' }) : await api.createStory(input);
          state().editStory(() => ({ ...saved.story }), true);
          await refreshList();
          return { saved: true };
        } catch (error) {
          // A file-loaded story whose id the server does not know is saved as a new one.
          if (error instanceof ApiError && error.status === 404 && story.id) {
            state().editStory((draft) => ({ ...draft, id: null }));
            return this.save();
          }
          if (error instanceof ApiError && error.status === 409) {
            const when = new Date(String(error.details.updated ?? '')).toLocaleString(state().lang);
            return { saved: false, conflict: t.stories.conflict(String(error.details.updated_by ?? '?'), when) };
          }
          reportFailure(error);
          return { saved: false };
        }
      },
      /** After a conflict: keeps the trainer's version as a new story (their copy), the other one untouched. */
      async saveAsCopy(): Promise<SaveResult> {
        const story = state().story;
        if (!story) return { saved: false };
        const title = (text: string) => (text ? t.stories.copyOf(text) : text);
        state().editStory((draft) => ({ ...draft, id: null, updated: undefined, title_en: title(draft.title_en), title_fr: title(draft.title_fr) }));
        return this.save();
      },
      saveFile() {
        const story = state().story;
        if (!story) return;
        const text = JSON.stringify(toStoryFile(story), null, 2);
        download(new Blob([text], { type: 'application/json' }), `${fileStem(story, state().lang)}.liaison-story.json`);
      },
      /** Reads a story file; the problem (in the user's words) when it is not one. */
      async openFile(file: File): Promise<string | null> {
        const { story, problem } = parseStoryFile(await file.text());
        if (!story) return t.stories.fileRefused(problem);
        state().openStory(story, { dirty: story.id === null });
        if (cy && story.steps.length > 0) await showStep(cy, 0, { animate: false });
        return null;
      },
      async openSaved(id: string, step = 0): Promise<StoryDraft | null> {
        try {
          const { story } = await api.story(id);
          state().openStory({ ...story });
          if (cy && story.steps.length > 0) await showStep(cy, Math.min(step, story.steps.length - 1), { animate: false });
          return { ...story };
        } catch (error) {
          reportFailure(error);
          return null;
        }
      },
      async duplicate(id: string) {
        try {
          const { story } = await api.story(id);
          const lang = state().lang;
          const title = t.stories.copyOf(storyTitle(story, lang));
          state().openStory(
            {
              ...story,
              id: null,
              author: undefined,
              title_en: lang === 'en' ? title : story.title_en,
              title_fr: lang === 'fr' ? title : story.title_fr,
            },
            { dirty: true },
          );
          if (cy && story.steps.length > 0) await showStep(cy, 0, { animate: false });
        } catch (error) {
          reportFailure(error);
        }
      },
      async remove(id: string) {
        try {
          await api.deleteStory(id);
          if (state().story?.id === id) state().openStory(null);
          await refreshList();
        } catch (error) {
          reportFailure(error);
        }
      },
      close() {
        state().openStory(null);
      },
    };
  }, [cy, client, canEdit, t]);
}
