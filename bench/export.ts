/**
 * `npm run bench:export [-- --scale 0.1 --heap 2g --pagecache 1g --formats gexf,csv --runs 3]`: exports a
 * synthetic graph of ≈100k relationships in every format, then imports it back, on a throwaway
 * local Neo4j of its own (temporary folder, free port). Prints one table; docs/performance.md
 * ("Export and import") records the figures.
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { finished } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, exportSelection as selectionSchema, type ExportFormat } from '../api/src/contract/export.js';
import { applySchema } from '../api/src/db/connect.js';
import { graphCounts } from '../api/src/explore/health.js';
import { Database } from '../api/src/db/driver.js';
import { exportSelection } from '../api/src/export/export.js';
import { importDocument } from '../api/src/import/import.js';
import { readImportFiles } from '../api/src/import/read.js';
import { startLocalNeo4j } from '../tools/neo4j/local-server.js';
import { loadSyntheticGraph } from './api/load-graph.js';
import { ExportBenchGraph } from './export-synthetic.js';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '0.1' },
    heap: { type: 'string', default: process.env.NEO4J_HEAP ?? '2g' },
    pagecache: { type: 'string', default: process.env.NEO4J_PAGECACHE ?? '1g' },
    formats: { type: 'string', default: EXPORT_FORMATS.join(',') },
    keep: { type: 'boolean', default: false },
    'skip-import': { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
  },
});

const IMPORTABLE: Partial<Record<ExportFormat, string>> = {
  cytoscape: 'graph.cyjs',
  graphml: 'graph.graphml',
  csv: 'graph.zip',
  jsonl: 'graph.jsonl',
};
const seconds = (ms: number) => (ms / 1000).toFixed(2);
const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** CPU seconds a process has used (user + system), from /proc; 0 where /proc is missing. */
function processCpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

interface Measured<T> {
  value: T;
  ms: number;
  rssGrowth: number;
  /** CPU seconds used meanwhile by this Node process and by Neo4j: what the work costs whatever else runs. */
  nodeCpu: number;
  neo4jCpu: number;
}

/** Times `work`, sampling resident memory (peak growth over the start) and CPU of Node and Neo4j. */
async function measured<T>(work: () => Promise<T>): Promise<Measured<T>> {
  global.gc?.();
  const start = process.memoryUsage().rss;
  let peak = start;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const cpu = process.cpuUsage();
  const neo4jCpu = processCpuSeconds(server.pid);
  const began = performance.now();
  try {
    const value = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    const used = process.cpuUsage(cpu);
    return {
      value,
      ms: performance.now() - began,
      rssGrowth: peak - start,
      nodeCpu: (used.user + used.system) / 1e6,
      neo4jCpu: processCpuSeconds(server.pid) - neo4jCpu,
    };
  } finally {
    clearInterval(timer);
  }
}

/** Deletes everything, in batches (CALL … IN TRANSACTIONS needs an auto-commit transaction). */
async function emptyDatabase(database: Database): Promise<void> {
  const session = database.driver.session({ database: 'neo4j' });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
}

const stateDir = mkdtempSync(path.join(os.tmpdir(), 'liaison-bench-export-'));
const outDir = path.join(stateDir, 'exports');
const log = (line: string) => console.log(line);
console.log(`Starting a throwaway Neo4j (heap ${values.heap}, page cache ${values.pagecache}) in ${stateDir}…`);
// An explicit hex password: a generated one may start with '-', which neo4j-admin takes for an option.
const server = await startLocalNeo4j({
  stateDir,
  boltPort: 0,
  password: randomBytes(12).toString('hex'),
  heap: values.heap,
  pageCache: values.pagecache,
  readyTimeoutMs: 240_000,
});
const db = new Database({ uri: server.uri, user: server.user, password: server.password, database: 'neo4j', queryTimeoutMs: 600_000 });
try {
  await applySchema(db);
  const graph = new ExportBenchGraph(Number(values.scale));
  console.log(`Loading the synthetic graph (scale ${values.scale})…`);
  await loadSyntheticGraph(db, graph, log);
  const counts = await graphCounts(db);
  console.log(`Graph: ${counts.nodes} nodes, ${counts.relationships} relationships.\n`);

  const formats = values.formats.split(',') as ExportFormat[];
  const runs = Number(values.runs);
  const rows: string[][] = [];
  const files = new Map<ExportFormat, string>();
  mkdirSync(outDir, { recursive: true });
  const exportOnce = async (format: ExportFormat, file: string) => {
    const out = createWriteStream(file);
    const result = await exportSelection(db, selectionSchema.parse({}), format, out);
    out.end();
    await finished(out);
    return result;
  };
  // Warm Neo4j's page cache and query plans, and the JIT, as a running server would be.
  await exportOnce('jsonl', path.join(outDir, 'warm-up.jsonl'));
  for (const format of formats) {
    const file = path.join(outDir, `graph.${format}`);
    const times: number[] = [];
    let growth = 0;
    let summary = { nodes: 0, edges: 0 };
    const cpu: string[] = [];
    for (let run = 0; run < runs; run++) {
      const { value, ms, rssGrowth, nodeCpu, neo4jCpu } = await measured(() => exportOnce(format, file));
      times.push(ms);
      cpu.push(`${nodeCpu.toFixed(1)}+${neo4jCpu.toFixed(1)}`);
      growth = Math.max(growth, rssGrowth);
      summary = value.summary;
    }
    files.set(format, file);
    const sorted = [...times].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    rows.push([
      `export ${format}`,
      String(summary.nodes),
      String(summary.edges),
      seconds(median),
      `${sorted.map(seconds).join(' / ')}`,
      cpu.join(' '),
      megabytes(statSync(file).size),
      megabytes(growth),
      '',
    ]);
    console.log(`  export ${format}: ${sorted.map(seconds).join(' / ')} s`);
  }

  for (const format of values['skip-import'] ? [] : formats) {
    const name = IMPORTABLE[format];
    const file = files.get(format);
    if (!name || !file) continue;
    const bytes = readFileSync(file);
    const phases = (times: Record<string, number>) =>
      Object.entries(times)
        .map(([phase, ms]) => `${phase} ${seconds(ms)}`)
        .join(', ');
    // Into the loaded database: every element exists, so this measures validation and lookups (dry run).
    const dryPhases: Record<string, number> = {};
    const dry = await measured(async () => {
      const began = performance.now();
      const document = readImportFiles([{ name, bytes }]);
      dryPhases.parse = performance.now() - began;
      return importDocument(db, document, { dryRun: true, onPhase: (phase, ms) => (dryPhases[phase] = ms) });
    });
    rows.push([
      `import ${format} --dry-run, all unchanged`,
      String(dry.value.nodes.total),
      String(dry.value.relationships.total),
      seconds(dry.ms),
      '',
      `${dry.nodeCpu.toFixed(1)}+${dry.neo4jCpu.toFixed(1)}`,
      megabytes(bytes.length),
      megabytes(dry.rssGrowth),
      phases(dryPhases),
    ]);
    await emptyDatabase(db);
    const realPhases: Record<string, number> = {};
    const real = await measured(async () => {
      const began = performance.now();
      const document = readImportFiles([{ name, bytes }]);
      realPhases.parse = performance.now() - began;
      return importDocument(db, document, { onPhase: (phase, ms) => (realPhases[phase] = ms) });
    });
    const after = await graphCounts(db);
    if (after.relationships !== counts.relationships || after.nodes !== counts.nodes) {
      throw new Error(
        `import ${format} gave ${after.nodes} nodes / ${after.relationships} relationships, expected ${counts.nodes} / ${counts.relationships}`,
      );
    }
    rows.push([
      `import ${format} into an empty database`,
      String(real.value.nodes.created),
      String(real.value.relationships.created),
      seconds(real.ms),
      '',
      `${real.nodeCpu.toFixed(1)}+${real.neo4jCpu.toFixed(1)}`,
      megabytes(bytes.length),
      megabytes(real.rssGrowth),
      phases(realPhases),
    ]);
    console.log(`  import ${format}: ${seconds(real.ms)} s (${phases(realPhases)})`);
  }

  const header = ['operation', 'nodes', 'relationships', 'seconds', 'runs (s)', 'CPU s Node+Neo4j', 'file MB', 'RSS growth MB', 'phases (s)'];
  const widths = header.map((title, index) => Math.max(title.length, ...rows.map((row) => row[index]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((cell, index) => (index === 0 ? cell.padEnd(widths[index]!) : cell.padStart(widths[index]!))).join(' | ')} |`;
  console.log(
    `\nNode ${process.version}, ${os.cpus().length} CPUs, load average ${os
      .loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')}, Neo4j heap ${values.heap} / page cache ${values.pagecache}, scale ${values.scale}`,
  );
  console.log(line(header));
  console.log(`|${widths.map((width, index) => (index === 0 ? '-'.repeat(width + 2) : `${'-'.repeat(width + 1)}:`)).join('|')}|`);
  for (const row of rows) console.log(line(row));
} finally {
  await db.close();
  await server.stop();
  if (!values.keep) rmSync(stateDir, { recursive: true, force: true });
}
