/**
 * `npm run import -- FILE... [--dry-run] [--format F]`: validates the files together, then writes
 * them all or nothing (one transaction). Files: a seed .json, a Cytoscape .json/.cyjs, .jsonl,
 * .graphml, nodes.csv + edges.csv (or their .zip), or a folder of them. With --dry-run, reports
 * what would be created, updated or left unchanged and writes nothing. Connects like `npm run seed`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { userInfo } from 'node:os';
import path from 'node:path';
import { cliActor } from '../auth/actor.js';
import { parseArgs } from 'node:util';
import { IMPORT_FORMATS, type ImportFormat } from '../contract/import.js';
import { applySchema, connect } from '../db/connect.js';
import { EnvError, loadEnv } from '../env.js';
import { exportOnlyMessage } from './export-only.js';
import { formatReport, importDocument } from './import.js';
import { ImportValidationError } from './issues.js';
import { readImportFiles, type ImportFile } from './read.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'dry-run': { type: 'boolean' }, format: { type: 'string' } },
});

const IMPORTABLE = /\.(json|cyjs|jsonl|ndjson|graphml|xml|csv|zip)$/i;

/** Thrown for a file Liaison exports but cannot import: its message is the whole answer. */
class ExportOnlyFile extends Error {}

/** A file, or every importable file under a folder (sorted, so runs are repeatable). */
function collect(target: string): string[] {
  if (!statSync(target).isDirectory()) return [target];
  return readdirSync(target)
    .sort()
    .flatMap((name) => {
      const full = path.join(target, name);
      return statSync(full).isDirectory() ? collect(full) : IMPORTABLE.test(name) ? [full] : [];
    });
}

const started = Date.now();
try {
  if (positionals.length === 0) throw new Error('usage: npm run import -- FILE... [--dry-run] [--format seed|cytoscape|csv|graphml|jsonl]');
  if (values.format && !(IMPORT_FORMATS as readonly string[]).includes(values.format)) {
    throw new Error(`--format must be one of ${IMPORT_FORMATS.join(', ')}`);
  }
  const files: ImportFile[] = positionals
    .flatMap(collect)
    .map((file) => ({ name: path.relative(process.cwd(), file) || file, bytes: readFileSync(file) }));
  // One sentence for an export-only file (GEXF, a Cypher script, the Gephi CSV), not a report of every line.
  for (const file of values.format ? [] : files) {
    const message = file.bytes ? exportOnlyMessage(file.name, file.bytes) : null;
    if (message) throw new ExportOnlyFile(message);
  }
  const document = readImportFiles(files, values.format as ImportFormat | undefined);
  console.error(`Read ${document.nodes.length} node and ${document.relationships.length} relationship statements from ${files.length} file(s).`);
  const connection = await connect(loadEnv(), (line) => console.error(line));
  try {
    await applySchema(connection.db);
    const report = await importDocument(connection.db, document, {
      dryRun: values['dry-run'],
      actor: cliActor(userInfo().username, 'import'),
      onBatch: ({ step, batch, batches }) => console.error(`  batch ${batch}/${batches} (${step})`),
      onPhase: (phase, ms) => console.error(`  ${phase}: ${(ms / 1000).toFixed(1)} s`),
    });
    console.log(formatReport(report));
    console.error(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await connection.close();
  }
} catch (error) {
  if (error instanceof ImportValidationError) console.error(error.describe());
  else {
    const known = error instanceof EnvError || error instanceof ExportOnlyFile || (error instanceof Error && /^(usage|--format)/.test(error.message));
    console.error(known ? (error as Error).message : error);
  }
  process.exitCode = 1;
}
