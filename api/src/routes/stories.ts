import { Router } from 'express';
import { actorOf, requireRole } from '../auth/actor.js';
import { storyElementsBody, storyInput, storyParams, storyReplaceInput, type StoriesResponse, type StoryResponse } from '../contract/stories.js';
import { parseInput } from '../contract/validate.js';
import { changeActorOf } from '../curation/audit.js';
import type { Database } from '../db/driver.js';
import { createStory, deleteStory, getStory, listStories, replaceStory, storyElements } from '../stories/stories.js';
import { malformedPath } from './malformed-path.js';

/**
 * Trainers' stories: reading is open like every read; writing needs the editor role and is
 * audited (api/src/stories). POST /stories/elements is a read with a body (a story's many ids).
 */
export function storyRoutes(db: Database): Router {
  const router = Router();
  const editor = requireRole('editor');

  router.get('/stories', async (_req, res) => {
    const body: StoriesResponse = { stories: await listStories(db) };
    res.json(body);
  });
  router.post('/stories/elements', async (req, res) => {
    res.json(await storyElements(db, parseInput(storyElementsBody, req.body ?? {})));
  });
  router.get('/stories/:id', async (req, res) => {
    const { id } = parseInput(storyParams, req.params);
    const body: StoryResponse = { story: await getStory(db, id) };
    res.json(body);
  });
  router.post('/stories', editor, async (req, res) => {
    const input = parseInput(storyInput, req.body ?? {});
    res.status(201).json(await createStory(db, changeActorOf(actorOf(req)), input));
  });
  router.put('/stories/:id', editor, async (req, res) => {
    const { id } = parseInput(storyParams, req.params);
    const input = parseInput(storyReplaceInput, req.body ?? {});
    res.json(await replaceStory(db, changeActorOf(actorOf(req)), id, input));
  });
  router.delete('/stories/:id', editor, async (req, res) => {
    const { id } = parseInput(storyParams, req.params);
    res.json(await deleteStory(db, changeActorOf(actorOf(req)), id));
  });
  router.use(malformedPath('id'));
  return router;
}
