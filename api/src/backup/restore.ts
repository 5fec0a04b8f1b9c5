/**
 * `npm run restore`: checks the whole file first (read-file.ts; a bad file is refused with nothing
 * written), refuses a database that is not empty unless `force` (which deletes everything first),
 * then writes the file in batches and finally compares counts and checksums per label and type of
 * the database with the file's header.
 *
 * Why batches, not one transaction: the 100k-node benchmark graph (1M relationships) needs far more
 * than the 128 MB a transaction may hold (NEO4J_TX_MEMORY), and raising that limit for a restore
 * would weaken it for every console query. The database was empty when the restore began, so a
 * failure after the first batch (an error, or a final check that differs) is undone by deleting
 * everything again: the database ends either identical to the file or empty, and the command says
 * which. A restore killed mid-way (kill -9, power loss) leaves a partial graph: restore again with
 * `--force`.
 */
import neo4j from 'neo4j-driver';
import { applySchema } from '../db/connect.js';
import type { Database } from '../db/driver.js';
import { compareTallies, ContentTally, type TallyRow } from './checksum.js';
import { decodeProps, keyOfLine, type BackupHeader } from './format.js';
import { checkBackupFile, readBackupLines } from './read-file.js';
import { scanGraph } from './scan.js';

export interface RestoreOptions {
  /** Delete whatever the database holds before restoring. */
  force?: boolean;
  /** Elements per write transaction. */
  batchSize?: number;
  timeoutMs: number;
  log?: (line: string) => void;
}

export interface RestoreSummary {
  header: BackupHeader;
  /** Database after the restore vs the file's header: every row equal. */
  rows: TallyRow[];
  /** Nodes deleted first (with --force). */
  wiped: number;
  seconds: number;
}

/** The database is not empty and `--force` was not given; nothing was written. */
export class DatabaseNotEmpty extends Error {
  constructor(nodes: number, relationships: number) {
    super(
      `The database is not empty (${nodes} nodes, ${relationships} relationships): restore refuses to overwrite it. ` +
        'Restore into an empty database, or add --force to delete everything in it (sessions included) first.',
    );
    this.name = 'DatabaseNotEmpty';
  }
}

/** The restored database differs from the file, or a write failed; what was written has been deleted again. */
export class RestoreFailed extends Error {
  constructor(
    message: string,
    readonly rows: TallyRow[] = [],
  ) {
    super(message);
    this.name = 'RestoreFailed';
  }
}

/** Runs a named write query with parameters as given: they are already Neo4j-typed (toParams would turn 2.0 into 2). */
async function writeTyped(db: Database, name: string, params: Record<string, unknown>, timeoutMs: number) {
  const session = db.driver.session({ database: db.config.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    return await session.executeWrite((tx) => tx.run(db.queries.get(name), params), { timeout: timeoutMs, metadata: { query: name } });
  } finally {
    await session.close();
  }
}

/** Runs a deleting query until it deletes nothing; answers how many it deleted. */
async function deleteInBatches(db: Database, name: string, limit: number, timeoutMs: number): Promise<number> {
  let total = 0;
  for (;;) {
    const [row] = await db.write(name, { limit }, { timeoutMs });
    const deleted = Number(row?.deleted ?? 0);
    total += deleted;
    if (deleted === 0) return total;
  }
}

/**
 * Deletes every relationship, then every node, in batches of bounded size (a hub's relationships
 * deleted with it in one DETACH DELETE would exceed the transaction memory); answers the nodes deleted.
 */
export async function wipeDatabase(db: Database, timeoutMs: number, limit = 10_000): Promise<number> {
  await deleteInBatches(db, 'restore-wipe-relationships', limit, timeoutMs);
  return deleteInBatches(db, 'restore-wipe-nodes', limit, timeoutMs);
}

/** Counts and checksums of the database as it is now, read in one transaction like a backup. */
export async function tallyDatabase(db: Database, timeoutMs: number): Promise<ReturnType<ContentTally['result']>> {
  const tally = new ContentTally();
  await db.stream(
    async (tx) => {
      for await (const item of scanGraph(tx, tally)) void item;
    },
    { timeoutMs, fetchSize: 2000 },
  );
  return tally.result();
}

export async function restoreBackup(db: Database, file: string, options: RestoreOptions): Promise<RestoreSummary> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const batchSize = options.batchSize ?? 5000;
  const { timeoutMs } = options;

  log('Checking the file…');
  const { header } = await checkBackupFile(file);
  log(`  ${header.counts.nodes} nodes, ${header.counts.relationships} relationships, written ${header.created}: intact.`);

  const [count] = await db.read('restore-count', {}, { timeoutMs });
  const nodes = Number(count?.nodes ?? 0);
  const relationships = Number(count?.relationships ?? 0);
  if (nodes > 0 && !options.force) throw new DatabaseNotEmpty(nodes, relationships);
  await applySchema(db);
  let wiped = 0;
  if (nodes > 0) {
    log(`Deleting the ${nodes} nodes and ${relationships} relationships the database holds (--force)…`);
    wiped = await wipeDatabase(db, timeoutMs);
  }

  try {
    const elements = new Map<string, string>();
    let nodeRows: { key: string; labels: string[]; props: Record<string, unknown> }[] = [];
    let relationshipRows: { type: string; start: string; end: string; props: Record<string, unknown> }[] = [];
    const created = { nodes: 0, relationships: 0 };
    const flushNodes = async () => {
      if (nodeRows.length === 0) return;
      const result = await writeTyped(db, 'restore-create-nodes', { rows: nodeRows }, timeoutMs);
      for (const record of result.records) elements.set(record.get('key') as string, record.get('element') as string);
      created.nodes += result.records.length;
      nodeRows = [];
    };
    const flushRelationships = async () => {
      if (relationshipRows.length === 0) return;
      const result = await writeTyped(db, 'restore-create-relationships', { rows: relationshipRows }, timeoutMs);
      const made = neo4j.integer.toNumber(result.records[0]?.get('created') as number);
      if (made !== relationshipRows.length) throw new RestoreFailed(`a batch created ${made} of ${relationshipRows.length} relationships`);
      created.relationships += made;
      relationshipRows = [];
    };
    log('Writing…');
    for await (const item of readBackupLines(file)) {
      if (!('kind' in item)) continue;
      if (item.kind === 'node') {
        nodeRows.push({ key: keyOfLine(item.line), labels: item.line.labels, props: decodeProps(item.line.props) });
        if (nodeRows.length >= batchSize) await flushNodes();
      } else {
        await flushNodes();
        const start = elements.get(item.line.startKey);
        const end = elements.get(item.line.endKey);
        if (start === undefined || end === undefined) throw new RestoreFailed(`line ${item.number} names a node this restore did not create`);
        relationshipRows.push({ type: item.line.type, start, end, props: decodeProps(item.line.props) });
        if (relationshipRows.length >= batchSize) {
          await flushRelationships();
          if (created.relationships % (batchSize * 40) === 0) log(`  ${created.relationships} relationships…`);
        }
      }
    }
    await flushNodes();
    await flushRelationships();
    log(`  ${created.nodes} nodes and ${created.relationships} relationships written. Verifying…`);

    const rows = compareTallies(header, await tallyDatabase(db, timeoutMs));
    if (rows.some((row) => !row.equal)) throw new RestoreFailed('the restored database differs from the file', rows);
    return { header, rows, wiped, seconds: (performance.now() - started) / 1000 };
  } catch (error) {
    log('The restore failed; deleting what it wrote…');
    await wipeDatabase(db, timeoutMs).catch(() => {});
    if (error instanceof RestoreFailed) throw new RestoreFailed(`${error.message}; the database was emptied again.`, error.rows);
    throw new RestoreFailed(`${(error as Error).message}; the database was emptied again.`);
  }
}
