import type { Core } from 'cytoscape';
import { api } from '../../api/client';
import { useExplorer } from '../../state/store';
import { reportFailure } from '../../state/status';
import { showStep } from './stage';

/** Opens a shared story link (?story=…&step=…): the story, drawn at that step. False when it cannot be read. */
export async function openStoryLink(id: string, step: number, cy: Core): Promise<boolean> {
  try {
    const { story } = await api.story(id);
    useExplorer.getState().openStory({ ...story });
    if (story.steps.length > 0) await showStep(cy, Math.min(step, story.steps.length - 1), { animate: false });
    return true;
  } catch (error) {
    reportFailure(error);
    return false;
  }
}
