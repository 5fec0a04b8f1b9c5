import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { viewDefinition, type ViewDefinition } from '../contract/views.js';
import type { Database, Transaction } from '../db/driver.js';
import { seedDir } from './seed-dir.js';
import { SeedValidationError } from './validate.js';

/** seed/views.json: curated views for trainers; each spec is checked by the API's own schemas. */
export const viewsFileSchema = z.strictObject({ views: z.array(viewDefinition) }).superRefine((file, ctx) => {
  const seen = new Set<string>();
  file.views.forEach((view, index) => {
    if (seen.has(view.id)) ctx.addIssue({ code: 'custom', path: ['views', index, 'id'], message: `duplicate view id "${view.id}"` });
    seen.add(view.id);
  });
});

/** Every node id a view mentions (seeds, path ends, actors, topic, positions), to check against the graph. */
export function viewNodeIds(view: ViewDefinition): string[] {
  const params = view.spec.params as Record<string, unknown>;
  const ids = new Set<string>(Object.keys(view.positions ?? {}));
  for (const key of ['ids', 'actors', 'from', 'to', 'topic', 'country'] as const) {
    const value = params[key];
    if (Array.isArray(value)) value.forEach((id) => ids.add(String(id)));
    // `from`/`to` are dates in every spec but paths, where they are node ids.
    else if (typeof value === 'string' && (view.spec.query === 'shortest-paths' || (key !== 'from' && key !== 'to'))) ids.add(value);
  }
  return [...ids];
}

/** Reads and validates seed/views.json (an absent file means no views). */
export function readViews(dir = seedDir): ViewDefinition[] {
  const file = path.join(dir, 'views.json');
  if (!existsSync(file)) return [];
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new SeedValidationError([{ file: 'views.json', entry: '', field: '', message: `not valid JSON: ${(error as Error).message}` }]);
  }
  const result = viewsFileSchema.safeParse(data);
  if (!result.success) {
    throw new SeedValidationError(
      result.error.issues.map((issue) => ({
        file: 'views.json',
        entry: issue.path.slice(0, 2).join('.') || '(file)',
        field: issue.path.slice(2).join('.') || '(entry)',
        message: issue.message,
      })),
    );
  }
  return result.data.views;
}

/**
 * Writes the views as :View nodes (no :Entity label, so entity queries never see them) and removes
 * views no longer listed. Pass the seed loader's transaction so views and graph load atomically.
 */
export async function loadViews(db: Database, views: ViewDefinition[], tx?: Transaction): Promise<void> {
  const rows = views.map((view, position) => ({
    id: view.id,
    title_en: view.title_en,
    title_fr: view.title_fr,
    summary_en: view.summary_en ?? null,
    summary_fr: view.summary_fr ?? null,
    description_en: view.description_en,
    description_fr: view.description_fr,
    // Neo4j properties cannot be maps: the spec and positions travel as JSON text.
    spec: JSON.stringify(view.spec),
    positions: JSON.stringify(view.positions ?? {}),
    nodes: viewNodeIds(view),
    position,
  }));
  const run = async (work: Transaction) => {
    await work.run('views-merge', { views: rows });
    await work.run('views-prune', { ids: rows.map((row) => row.id) });
  };
  await (tx ? run(tx) : db.writeTransaction(run, { metadata: { operation: 'views' } }));
}
