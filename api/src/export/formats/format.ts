import type { ExportFormat } from '../../contract/export.js';
import type { ExportSink } from '../sink.js';
import type { Subgraph } from '../subgraph.js';

/** Facts about the export that files may record in their header. */
export interface ExportMeta {
  /** When the export was made (files carry its date). */
  generatedAt: Date;
  /** What was selected, as a short slug (`graph`, `selection`, a view id…). */
  selection: string;
}

/** One export format: how to name the file and how to write a subgraph into a sink. */
export interface FormatWriter {
  format: ExportFormat;
  extension: string;
  contentType: string;
  write(subgraph: Subgraph, sink: ExportSink, meta: ExportMeta): Promise<void>;
}

/** Node properties without `id` (every format carries the id as the element's own id). */
export function withoutId(properties: Record<string, unknown>): [string, unknown][] {
  return Object.entries(properties).filter(([key, value]) => key !== 'id' && value !== null && value !== undefined);
}
