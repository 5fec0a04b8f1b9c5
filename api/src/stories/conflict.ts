import type { Story } from '../contract/stories.js';
import { HttpError, type ErrorBody } from '../errors.js';

/**
 * A save based on a version of the story that is no longer the latest: someone saved it since the
 * client loaded it. Nothing is written; the answer says who saved when, so the trainer can reload
 * it or keep their work as a copy.
 */
export class StoryConflict extends HttpError {
  constructor(
    readonly current: Story,
    loaded: string,
  ) {
    super(
      409,
      'CONFLICT',
      `"${current.title_en || current.title_fr || current.id}" was saved by ${current.updated_by} at ${current.updated}, after the version you opened (${loaded}); nothing was written. Reload it to see their changes, or save yours as a copy.`,
      'updated',
    );
  }

  override body(): ErrorBody {
    return { ...super.body(), updated: this.current.updated, updated_by: this.current.updated_by };
  }
}
