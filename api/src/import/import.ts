import { recordChange, type ChangeActor } from '../curation/audit.js';
import { neo4jErrorCode, type Database, type Transaction } from '../db/driver.js';
import { InsufficientStorage, PayloadTooLarge } from '../errors.js';
import type { ImportDocument, ImportFormat } from './document.js';
import { ImportValidationError, type ImportIssue } from './issues.js';
import { estimateTransactionMemory, fitsTransactionMemory, TRANSACTION_MEMORY_HEADROOM, transactionMemoryLimit } from './memory.js';
import { planImport, type ImportPlan, type OutcomeCounts } from './plan.js';
import { checkReferences, idsToLookUp, validateStatements, type ExistingNode } from './validate.js';

/** An import of 100k relationships takes seconds; Neo4j's own transaction timeout still applies. */
export const IMPORT_TIMEOUT_MS = 10 * 60_000;
const LOOKUP_BATCH = 5000;

export type ImportStep = 'create-nodes' | 'update-nodes' | 'create-relationships' | 'update-relationships';

export interface ImportProgress {
  step: ImportStep;
  /** 1-based number of the batch just written, over all steps. */
  batch: number;
  batches: number;
  rows: number;
}

export interface ImportOptions {
  /** Validate and report what would change; write nothing. */
  dryRun?: boolean;
  /** Rows per UNWIND statement. */
  batchSize?: number;
  /** After each written batch. Throwing here aborts the import: the transaction rolls back. */
  onBatch?: (progress: ImportProgress) => void | Promise<void>;
  /** Who imports: the import is recorded as one summary change in its transaction (the audit trail). */
  actor?: ChangeActor;
  /** After each phase (validate, look up, plan, write), with its duration: for the CLI and benchmarks. */
  onPhase?: (phase: 'validate' | 'look-up' | 'plan' | 'write', ms: number) => void;
}

export interface OutcomeSummary extends OutcomeCounts {
  total: number;
}

export interface ImportReport {
  dryRun: boolean;
  format: ImportFormat;
  files: string[];
  nodes: OutcomeSummary & { byLabel: Record<string, OutcomeCounts> };
  relationships: OutcomeSummary & { byType: Record<string, OutcomeCounts> };
  /** Differences that do not stop the import (a qualifier kept from the first statement). */
  warnings: ImportIssue[];
}

function total(counts: Record<string, OutcomeCounts>): OutcomeSummary {
  const sum = { created: 0, updated: 0, unchanged: 0, total: 0 };
  for (const value of Object.values(counts)) {
    sum.created += value.created;
    sum.updated += value.updated;
    sum.unchanged += value.unchanged;
  }
  sum.total = sum.created + sum.updated + sum.unchanged;
  return sum;
}

function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}

async function lookUpNodes(tx: Transaction, ids: string[]): Promise<Map<string, ExistingNode>> {
  const existing = new Map<string, ExistingNode>();
  for (const batch of chunks(ids, LOOKUP_BATCH)) {
    for (const row of await tx.run('import-lookup-nodes', { ids: batch })) {
      existing.set(row.id as string, { labels: row.labels as string[], properties: row.properties as Record<string, unknown> });
    }
  }
  return existing;
}

async function lookUpRelationships(
  tx: Transaction,
  rows: { id: string; type: string; from: string; to: string }[],
): Promise<Map<string, Record<string, unknown>>> {
  const existing = new Map<string, Record<string, unknown>>();
  for (const batch of chunks(rows, LOOKUP_BATCH)) {
    for (const row of await tx.run('import-lookup-relationships', { rows: batch }))
      existing.set(row.id as string, row.properties as Record<string, unknown>);
  }
  return existing;
}

/** Writes the plan in batches; every batch must touch exactly its rows, or the transaction fails. */
async function writePlan(tx: Transaction, plan: ImportPlan, options: ImportOptions): Promise<void> {
  const size = options.batchSize ?? 2000;
  const steps: [ImportStep, string, unknown[]][] = [
    ['create-nodes', 'import-create-nodes', plan.createNodes],
    ['update-nodes', 'import-update-nodes', plan.updateNodes],
    ['create-relationships', 'import-create-relationships', plan.createRelationships],
    ['update-relationships', 'import-update-relationships', plan.updateRelationships],
  ];
  const batches = steps.reduce((sum, [, , rows]) => sum + Math.ceil(rows.length / size), 0);
  let batch = 0;
  for (const [step, query, rows] of steps) {
    for (const rowsOfBatch of chunks(rows, size)) {
      // Whole numbers are stored as Neo4j integers (Database converts them), as the seed loader stores them.
      const [result] = await tx.run(query, { rows: rowsOfBatch });
      const written = Number(result?.count ?? 0);
      if (written !== rowsOfBatch.length) {
        throw new Error(`Import step ${step} wrote ${written} of ${rowsOfBatch.length} rows; the import was rolled back.`);
      }
      batch += 1;
      await options.onBatch?.({ step, batch, batches, rows: rowsOfBatch.length });
    }
  }
}

/** Most element ids one import change lists (a 100k-node import records its counts, not every id). */
const IMPORT_CHANGE_IDS = 1000;

/** One summary change per import (via 'import'), written in the import's own transaction. */
async function recordImport(tx: Transaction, actor: ChangeActor, document: ImportDocument, plan: ImportPlan): Promise<void> {
  const ids = [...plan.createNodes, ...plan.updateNodes, ...plan.createRelationships, ...plan.updateRelationships].map((row) => row.id);
  // An import that changes nothing writes nothing, not even a record.
  if (ids.length === 0) return;
  await recordChange(tx, actor, {
    action: 'import',
    elementKind: 'graph',
    elementId: 'import',
    alsoTouches: ids.length <= IMPORT_CHANGE_IDS ? ids : [],
    before: null,
    after: { format: document.format, files: document.files, nodes: plan.nodes, relationships: plan.relationships },
  });
}

/**
 * Neo4j refused the transaction for lack of memory (MemoryPoolOutOfMemoryError): the import was
 * rolled back whole; say what to change rather than answer a bare 500.
 */
function asMemoryRefusal(error: unknown, document: ImportDocument): InsufficientStorage | null {
  const code = neo4jErrorCode(error) ?? '';
  if (!/MemoryPoolOutOfMemory|MemoryLimit|OutOfMemory/i.test(code + String((error as Error)?.message ?? ''))) return null;
  return new InsufficientStorage(
    `Neo4j has not enough transaction memory for this all-or-nothing import of ${document.nodes.length} nodes and ${document.relationships.length} relationships; nothing was written. ` +
      'Split the file into smaller imports, or raise NEO4J_TX_MEMORY and NEO4J_TX_MEMORY_TOTAL (db.memory.transaction.max and dbms.memory.transaction.total.max) with NEO4J_HEAP, or lower IMPORT_MAX_BYTES to what they allow (see docs/reliability.md).',
  );
}

const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);

/**
 * An import whose writes would not fit Neo4j's transaction memory is refused before its first
 * write (413), rather than after minutes of writing end in Neo4j's memory error: it says how much
 * smaller it must be, or which settings to raise.
 */
function tooLargeForOneTransaction(plan: ImportPlan, estimate: number, limit: number): PayloadTooLarge {
  const writes = plan.createNodes.length + plan.updateNodes.length + plan.createRelationships.length + plan.updateRelationships.length;
  const share = Math.max(1, Math.floor((100 * TRANSACTION_MEMORY_HEADROOM * limit) / estimate));
  return new PayloadTooLarge(
    `This import is too large for one Neo4j transaction: its ${writes} writes need about ${mib(estimate)} MiB and one transaction may use ${mib(limit)} MiB ` +
      `(db.memory.transaction.max / dbms.memory.transaction.total.max); nothing was written. Split the file into imports of at most about ${share}% of it, ` +
      'or raise NEO4J_TX_MEMORY and NEO4J_TX_MEMORY_TOTAL with NEO4J_HEAP (see docs/reliability.md).',
  );
}

/**
 * Imports a document all or nothing: validation of the whole file (statements, then references
 * against the database), a plan (created / updated / unchanged per label and type), then the writes,
 * all inside ONE transaction, so a failure at any point leaves the database exactly as it was.
 * Throws ImportValidationError with every issue when anything is invalid.
 */
export async function importDocument(db: Database, document: ImportDocument, options: ImportOptions = {}): Promise<ImportReport> {
  let started = performance.now();
  const phase = (name: 'validate' | 'look-up' | 'plan' | 'write') => {
    const now = performance.now();
    options.onPhase?.(name, now - started);
    started = now;
  };
  const structured = validateStatements(document);
  phase('validate');
  // Read once, before the transaction: the settings are the server's, not the import's.
  const memoryLimit = options.dryRun ? null : await transactionMemoryLimit(db);
  const work = async (tx: Transaction) => {
    const existingNodes = await lookUpNodes(tx, idsToLookUp(structured));
    const issues = [...structured.issues, ...checkReferences(structured, existingNodes)];
    if (issues.length > 0) throw new ImportValidationError(issues);
    const candidates = [...structured.relationships.values()]
      .filter((rel) => existingNodes.has(rel.from) && existingNodes.has(rel.to))
      .map(({ id, type, from, to }) => ({ id, type, from, to }));
    const existingRelationships = await lookUpRelationships(tx, candidates);
    phase('look-up');
    const plan = planImport(structured, existingNodes, existingRelationships);
    phase('plan');
    const estimate = estimateTransactionMemory(plan);
    if (!options.dryRun && !fitsTransactionMemory(estimate, memoryLimit)) throw tooLargeForOneTransaction(plan, estimate, memoryLimit!);
    if (!options.dryRun) {
      await writePlan(tx, plan, options);
      if (options.actor) await recordImport(tx, options.actor, document, plan);
      phase('write');
    }
    return plan;
  };
  const config = { timeoutMs: IMPORT_TIMEOUT_MS, metadata: { operation: options.dryRun ? 'import-dry-run' : 'import' } };
  const plan = await (options.dryRun ? db.readTransaction(work, config) : db.writeTransaction(work, config)).catch((error: unknown) => {
    throw asMemoryRefusal(error, document) ?? error;
  });
  return {
    dryRun: Boolean(options.dryRun),
    format: document.format,
    files: document.files,
    nodes: { ...total(plan.nodes), byLabel: plan.nodes },
    relationships: { ...total(plan.relationships), byType: plan.relationships },
    warnings: plan.warnings,
  };
}

/** One line per label and type, for the console. */
export function formatReport(report: ImportReport): string {
  const line = (name: string, counts: OutcomeCounts) =>
    `  ${name.padEnd(20)} ${String(counts.created).padStart(7)} created ${String(counts.updated).padStart(7)} updated ${String(counts.unchanged).padStart(7)} unchanged`;
  const lines = [
    `${report.dryRun ? 'Dry run (nothing written)' : 'Imported'}: ${report.files.join(', ')} (${report.format})`,
    `${report.nodes.total} nodes:`,
    ...Object.entries(report.nodes.byLabel).map(([label, counts]) => line(label, counts)),
    `${report.relationships.total} relationships:`,
    ...Object.entries(report.relationships.byType).map(([type, counts]) => line(type, counts)),
  ];
  if (report.warnings.length > 0) {
    lines.push(`${report.warnings.length} warning(s):`);
    for (const warning of report.warnings.slice(0, 50)) lines.push(`  ${warning.file} ${warning.entry} ${warning.field}: ${warning.message}`);
  }
  return lines.join('\n');
}
