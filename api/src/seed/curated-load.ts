import { userInfo } from 'node:os';
import { cliActor } from '../auth/actor.js';
import { recordChange } from '../curation/audit.js';
import type { Database } from '../db/driver.js';
import { curatedElements, formatConflicts } from './conflicts.js';
import { loadSeedGraph, type LoadSummary } from './load.js';
import type { SeedGraph } from './validate.js';

/**
 * `npm run seed` over a curated graph: reports every seed value a curator changed (seed vs
 * curated) and keeps the curated elements as they are, unless `preferSeed`, which loads the seed
 * values and records that as one change. `reset` starts from nothing, curation included.
 */
export async function seedWithCuration(
  db: Database,
  graph: SeedGraph,
  options: { reset?: boolean; preferSeed?: boolean; log?: (line: string) => void; actorName?: string } = {},
): Promise<LoadSummary & { conflicts: number }> {
  const log = options.log ?? (() => {});
  if (options.reset) return { ...(await loadSeedGraph(db, graph, { reset: true, log })), conflicts: 0 };
  const curated = await curatedElements(db, graph);
  log(formatConflicts(curated.conflicts, Boolean(options.preferSeed)));
  const summary = await loadSeedGraph(db, graph, {
    log,
    keep: options.preferSeed ? undefined : curated,
    alsoInTransaction:
      options.preferSeed && curated.conflicts.length > 0
        ? async (tx) => {
            await recordChange(tx, cliActor(options.actorName ?? userInfo().username), {
              action: 'import',
              elementKind: 'graph',
              elementId: 'seed',
              alsoTouches: [...new Set(curated.conflicts.map((conflict) => conflict.id))],
              before: { conflicts: curated.conflicts.map(({ kind, id, field, curated: value }) => ({ kind, id, field, value })) },
              after: { conflicts: curated.conflicts.map(({ kind, id, field, seed }) => ({ kind, id, field, value: seed })) },
              note: 'npm run seed -- --prefer-seed',
            });
          }
        : undefined,
  });
  return { ...summary, conflicts: curated.conflicts.length };
}
