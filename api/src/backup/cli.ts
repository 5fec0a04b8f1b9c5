/**
 * `npm run backup -- --out FILE [--timeout-minutes N]`: writes the whole database (every label and
 * type except :Session) to a gzip JSON Lines file while the app runs; prints counts, checksums,
 * size and time.
 * `npm run restore -- FILE [--force] [--timeout-minutes N]`: checks the file, refuses a non-empty
 * database unless --force (which deletes everything first), restores, verifies and prints the
 * counts and checksums per label and type. Exit 1 with one clear sentence on any refusal.
 * Connects like `npm run seed`, or to the app's running local Neo4j (see api/src/db/connect.ts).
 * Format and scheduling: docs/reliability.md ("Backups").
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { EnvError, loadEnv } from '../env.js';
import { writeBackup } from './backup.js';
import { compareTallies, formatTallyRows } from './checksum.js';
import { connectForMaintenance } from '../db/connect.js';
import { BackupFileError } from './read-file.js';
import { DatabaseNotEmpty, restoreBackup, RestoreFailed } from './restore.js';
import { UnsafeName } from './scan.js';

class Usage extends Error {}

const USAGE = 'usage: npm run backup -- --out FILE [--timeout-minutes N]\n       npm run restore -- FILE [--force] [--timeout-minutes N]';
const [command, ...rest] = process.argv.slice(2);
const say = (line: string) => console.error(line);

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
}

try {
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: { out: { type: 'string' }, force: { type: 'boolean' }, 'timeout-minutes': { type: 'string', default: '60' } },
  });
  const minutes = Number(values['timeout-minutes']);
  if (!(minutes > 0 && minutes <= 24 * 60)) throw new Usage('--timeout-minutes must be a number of minutes between 1 and 1440');
  const timeoutMs = minutes * 60_000;
  if (command === 'backup') {
    if (!values.out || positionals.length > 0 || values.force) throw new Usage(USAGE);
    const connection = await connectForMaintenance(loadEnv(), say);
    try {
      say(`Backing up to ${values.out}…`);
      const summary = await writeBackup(connection.db, path.resolve(values.out), { timeoutMs, log: say });
      const { header } = summary;
      console.log(`Backup written: ${values.out}`);
      console.log(formatTallyRows(compareTallies(header, header), { marks: false }));
      console.log(
        `${header.counts.nodes} nodes, ${header.counts.relationships} relationships; ${mib(summary.bytes)} in ${summary.seconds.toFixed(1)} s.`,
      );
      if (summary.dangling > 0) {
        console.log(
          `${summary.dangling} relationship(s) to nodes created during the backup were left out (the app was writing; see docs/reliability.md).`,
        );
      }
    } finally {
      await connection.close();
    }
  } else if (command === 'restore') {
    if (positionals.length !== 1 || values.out) throw new Usage(USAGE);
    const file = positionals[0]!;
    const connection = await connectForMaintenance(loadEnv(), say);
    try {
      const summary = await restoreBackup(connection.db, file, { force: values.force, timeoutMs, log: say });
      console.log(`Restored ${file} (written ${summary.header.created})${summary.wiped ? ` after deleting ${summary.wiped} nodes (--force)` : ''}.`);
      console.log('Counts and checksums of the database, equal to the file:');
      console.log(formatTallyRows(summary.rows));
      console.log(`Done in ${summary.seconds.toFixed(1)} s.`);
    } finally {
      await connection.close();
    }
  } else {
    throw new Usage(USAGE);
  }
} catch (error) {
  if (error instanceof RestoreFailed && error.rows.length > 0) console.error(formatTallyRows(error.rows));
  const known = [Usage, EnvError, BackupFileError, DatabaseNotEmpty, RestoreFailed, UnsafeName].some((kind) => error instanceof kind);
  console.error(known ? (error as Error).message : error);
  process.exitCode = 1;
}
