import type { ExportFormat } from '../../contract/export.js';
import { csvWriter } from './csv.js';
import { cypherWriter } from './cypher.js';
import { cytoscapeWriter } from './cytoscape.js';
import type { FormatWriter } from './format.js';
import { gephiCsvWriter } from './gephi-csv.js';
import { gexfWriter } from './gexf.js';
import { graphmlWriter } from './graphml.js';
import { jsonlWriter } from './jsonl.js';

/** Every export format's writer, by format name. */
export const FORMAT_WRITERS: Record<ExportFormat, FormatWriter> = {
  cytoscape: cytoscapeWriter,
  graphml: graphmlWriter,
  gexf: gexfWriter,
  csv: csvWriter,
  gephi: gephiCsvWriter,
  jsonl: jsonlWriter,
  cypher: cypherWriter,
};

export type { ExportMeta, FormatWriter } from './format.js';
