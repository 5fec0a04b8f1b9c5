/**
 * `npm run bench:backup [-- --scale 1] [--state-dir DIR]`: the backup/restore figures of
 * docs/performance.md. Not a test. Starts its own Neo4j with the app's default memory limits
 * (heap 512m unless BENCH_NEO4J_HEAP, transaction memory 128m), then for the seeded graph and for
 * the synthetic benchmark graph (scale 1 ≈ 100k nodes, 1M relationships): backup (time, size),
 * empty the database, restore (time, including the file check and the final verification).
 * `--state-dir D --reuse-synthetic`: a store kept from an earlier run that still holds the synthetic
 * graph skips the seeded graph and the 15-minute load.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { applySchema } from '../../api/src/db/connect.js';
import { Database } from '../../api/src/db/driver.js';
import { writeBackup } from '../../api/src/backup/backup.js';
import { restoreBackup, wipeDatabase } from '../../api/src/backup/restore.js';
import { loadSeedGraph } from '../../api/src/seed/load.js';
import { seedDir } from '../../api/src/seed/seed-dir.js';
import { readSeedFiles, validateSeed } from '../../api/src/seed/validate.js';
import { startLocalNeo4j } from '../../tools/neo4j/local-server.js';
import { loadSyntheticGraph } from './load-graph.js';
import { SyntheticGraph, sizesFor } from './synthetic-graph.js';

const { values } = parseArgs({
  options: { scale: { type: 'string', default: '1' }, 'state-dir': { type: 'string' }, 'reuse-synthetic': { type: 'boolean', default: false } },
});
const scale = Number(values.scale);
const say = (line: string) => console.log(line);
const stateDir = values['state-dir'] ?? mkdtempSync(path.join(os.tmpdir(), 'liaison-bench-backup-'));
const work = mkdtempSync(path.join(os.tmpdir(), 'liaison-bench-backup-files-'));
const heap = process.env.BENCH_NEO4J_HEAP ?? '512m';
const pageCache = process.env.BENCH_NEO4J_PAGECACHE ?? '256m';
say(`Starting Neo4j (heap ${heap}, page cache ${pageCache}, transaction memory 128m) in ${stateDir}…`);
const neo4j = await startLocalNeo4j({ stateDir, boltPort: 0, heap, pageCache, readyTimeoutMs: 600_000 });
const db = new Database({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password, database: 'neo4j', queryTimeoutMs: 60_000 });
const timeoutMs = 60 * 60_000;

/** CPU seconds (user + system) Node and the Neo4j JVM spent so far: unlike wall time, independent of what else runs. */
function cpuSeconds(): { node: number; neo4j: number } {
  const usage = process.cpuUsage();
  // /proc/<pid>/stat fields 14 and 15: utime and stime in clock ticks (100 per second on Linux).
  const fields = readFileSync(`/proc/${neo4j.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return { node: (usage.user + usage.system) / 1e6, neo4j: (Number(fields[11]) + Number(fields[12])) / 100 };
}

function cpuSince(start: { node: number; neo4j: number }): string {
  const now = cpuSeconds();
  return `${(now.node - start.node).toFixed(0)}+${(now.neo4j - start.neo4j).toFixed(0)}`;
}

async function measure(name: string): Promise<string> {
  const file = path.join(work, `${name}.jsonl.gz`);
  const backupCpu = cpuSeconds();
  const backup = await writeBackup(db, file, { timeoutMs });
  const backupCpuText = cpuSince(backupCpu);
  const { nodes, relationships } = backup.header.counts;
  say(`  backup: ${backup.seconds.toFixed(1)} s (CPU s Node+Neo4j ${backupCpuText}), ${(statSync(file).size / 1024 / 1024).toFixed(2)} MiB`);
  await wipeDatabase(db, timeoutMs);
  const restoreCpu = cpuSeconds();
  const restore = await restoreBackup(db, file, { timeoutMs, log: (line) => say(`    ${line}`) });
  const restoreCpuText = cpuSince(restoreCpu);
  say(`  restore: ${restore.seconds.toFixed(1)} s (CPU s Node+Neo4j ${restoreCpuText}; file check, writes, verification)`);
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
  return `| ${name} | ${nodes} | ${relationships} | ${(backup.bytes / 1024 / 1024).toFixed(2)} MiB | ${backup.seconds.toFixed(1)} s (${backupCpuText}) | ${restore.seconds.toFixed(1)} s (${restoreCpuText}) | ${load} |`;
}

try {
  await applySchema(db);
  const rows: string[] = [];
  const [count] = await db.read('restore-count');
  if (values['reuse-synthetic'] && Number(count?.nodes) > 0) {
    say(`Reusing the ${String(count?.nodes)} nodes the store holds as the synthetic graph.`);
  } else {
    say('Seeded graph…');
    await wipeDatabase(db, timeoutMs);
    await loadSeedGraph(db, validateSeed(readSeedFiles(seedDir)), { reset: true });
    rows.push(await measure('seed'));
    await wipeDatabase(db, timeoutMs);
    say(`Synthetic graph at scale ${scale}…`);
    await loadSyntheticGraph(db, new SyntheticGraph(sizesFor(scale)), say);
  }
  rows.push(await measure(`synthetic-scale-${scale}`));
  say('\n| graph | nodes | relationships | file | backup s (CPU s Node+Neo4j) | restore s (CPU s) | load average |\n|---|--:|--:|--:|--:|--:|--:|');
  for (const row of rows) say(row);
} finally {
  await db.close();
  await neo4j.stop();
  rmSync(work, { recursive: true, force: true });
  if (!values['state-dir']) rmSync(stateDir, { recursive: true, force: true });
}
