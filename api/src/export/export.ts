import type { Writable } from 'node:stream';
import type { ExportFormat, ExportSelection } from '../contract/export.js';
import type { Database } from '../db/driver.js';
import { FORMAT_WRITERS, type FormatWriter } from './formats/index.js';
import { resolveSelection, type ViewResolver } from './selection.js';
import { StreamSink } from './sink.js';
import { withSubgraph, type SubgraphSummary } from './subgraph.js';

export interface ExportPlan {
  writer: FormatWriter;
  summary: SubgraphSummary;
  /** `liaison-<selection>-<YYYY-MM-DD>.<extension>` */
  filename: string;
}

export interface ExportOptions {
  /** Called once the summary is known, before the first byte: set HTTP headers here. */
  onStart?: (plan: ExportPlan) => void;
  resolveView?: ViewResolver;
  now?: Date;
}

/**
 * Exports a selection in one format into a writable stream (HTTP response, file, stdout),
 * streaming from Neo4j with bounded memory. Resolves with the plan and the bytes written; the
 * destination is not ended (the caller owns it).
 */
export async function exportSelection(
  db: Database,
  selection: ExportSelection,
  format: ExportFormat,
  destination: Writable,
  options: ExportOptions = {},
): Promise<ExportPlan & { bytes: number }> {
  const writer = FORMAT_WRITERS[format];
  const now = options.now ?? new Date();
  const resolved = await resolveSelection(db, selection, options.resolveView);
  const filename = `liaison-${resolved.slug}-${now.toISOString().slice(0, 10)}.${writer.extension}`;
  return withSubgraph(
    db,
    resolved.params,
    async (subgraph) => {
      const plan = { writer, summary: subgraph.summary, filename };
      options.onStart?.(plan);
      const sink = new StreamSink(destination);
      await writer.write(subgraph, sink, { generatedAt: now, selection: resolved.slug });
      return { ...plan, bytes: sink.written };
    },
    resolved.computedEdges,
  );
}
