import path from 'node:path';
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import { PayloadTooLarge } from '../errors.js';
import { emptyDocument, type ImportDocument, type ImportFormat } from './document.js';
import { exportOnlyMessage } from './export-only.js';
import { readCsvDocument, type CsvFile } from './formats/csv.js';
import { readCytoscapeDocument } from './formats/cytoscape.js';
import { readGraphmlDocument } from './formats/graphml.js';
import { readJsonLinesDocument } from './formats/jsonl.js';
import { readSeedDocument } from './formats/seed.js';

/** One file to import: its name (for issues and format detection) and its bytes, or JSON already parsed. */
export type ImportFile = { name: string; bytes: Buffer; json?: undefined } | { name: string; json: unknown; bytes?: undefined };

const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

function text(bytes: Buffer): string {
  return bytes.toString('utf8').replace(/^\uFEFF/, '');
}

/** The format of a file from its name, then its first bytes; null when it cannot tell. */
export function detectFormat(file: ImportFile): ImportFormat | null {
  if (!file.bytes) return isCytoscape(file.json) ? 'cytoscape' : 'seed';
  const extension = path.extname(file.name).toLowerCase();
  if (file.bytes.subarray(0, 4).equals(ZIP_MAGIC) || extension === '.zip' || extension === '.csv') return 'csv';
  if (extension === '.graphml' || extension === '.xml') return 'graphml';
  if (extension === '.jsonl' || extension === '.ndjson') return 'jsonl';
  if (extension === '.cyjs') return 'cytoscape';
  const start = text(file.bytes.subarray(0, 4096)).trimStart();
  if (start.startsWith('<')) return 'graphml';
  if (start.startsWith('{')) {
    const firstLine = start.split('\n', 1)[0] ?? '';
    try {
      const item = JSON.parse(firstLine) as { kind?: unknown };
      if (item && (item.kind === 'node' || item.kind === 'edge')) return 'jsonl';
    } catch {
      // Not one object per line: a JSON document.
    }
    try {
      return isCytoscape(JSON.parse(text(file.bytes))) ? 'cytoscape' : 'seed';
    } catch {
      return 'seed';
    }
  }
  return null;
}

function isCytoscape(json: unknown): boolean {
  return Boolean(json && typeof json === 'object' && 'elements' in json);
}

function parseJson(file: ImportFile, document: ImportDocument): unknown {
  if (!file.bytes) return file.json;
  try {
    return JSON.parse(text(file.bytes));
  } catch (error) {
    document.issues.push({ file: file.name, entry: '(file)', field: '(file)', message: `not valid JSON: ${(error as Error).message}` });
    return undefined;
  }
}

/** Bounds on what a zip may inflate to (a zip bomb holds a huge, highly compressible file). */
export interface ZipLimits {
  /** Inflated bytes of all entries together (IMPORT_MAX_BYTES over HTTP). */
  maxInflatedBytes: number;
  /** Inflated bytes per compressed byte of the whole zip; CSV compresses ~5-20x. */
  maxRatio: number;
  /** Entries (files and folders) the zip may hold. */
  maxEntries: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxInflatedBytes: 1024 * 1024 * 1024, maxRatio: 200, maxEntries: 1000 };
/** Below this many inflated bytes the ratio is not checked: small zips of repetitive text are fine. */
const RATIO_FREE_BYTES = 1024 * 1024;
/** The zip is fed to the inflater in slices this big, so one step inflates at most ~1000x this. */
const SLICE_BYTES = 16 * 1024;

/**
 * Inflates the .csv entries of a zip, streaming and bounded: it stops at the first limit it
 * crosses (total size, ratio, entry count) and throws PayloadTooLarge, never holding more than
 * the limit plus one slice's output in memory.
 */
export function unzipCsvEntries(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): { name: string; bytes: Buffer }[] {
  const entries: { name: string; chunks: Uint8Array[] }[] = [];
  let inflated = 0;
  let count = 0;
  let failure: Error | null = null;
  const unzip = new Unzip((file: UnzipFile) => {
    count += 1;
    if (count > limits.maxEntries) {
      failure ??= new PayloadTooLarge(`The zip holds more than ${limits.maxEntries} entries; an import zip holds nodes.csv and edges.csv.`, 'body');
      return;
    }
    if (!file.name.toLowerCase().endsWith('.csv')) return;
    const entry = { name: file.name, chunks: [] as Uint8Array[] };
    entries.push(entry);
    file.ondata = (error, chunk) => {
      if (failure) return;
      if (error) {
        failure = error;
        return;
      }
      inflated += chunk.length;
      if (inflated > limits.maxInflatedBytes) {
        failure = new PayloadTooLarge(
          `The zip inflates to more than ${limits.maxInflatedBytes} bytes (IMPORT_MAX_BYTES); split the import or use \`npm run import\`.`,
          'body',
        );
      } else if (inflated > RATIO_FREE_BYTES && inflated > limits.maxRatio * bytes.length) {
        failure = new PayloadTooLarge(
          `The zip inflates more than ${limits.maxRatio} times its size, which no CSV export does; it is refused as a zip bomb.`,
          'body',
        );
      } else entry.chunks.push(chunk);
      if (failure) file.terminate();
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  for (let offset = 0; offset < bytes.length && !failure; offset += SLICE_BYTES) {
    unzip.push(bytes.subarray(offset, offset + SLICE_BYTES), offset + SLICE_BYTES >= bytes.length);
  }
  if (failure) throw failure;
  return entries.map((entry) => ({ name: entry.name, bytes: Buffer.concat(entry.chunks) }));
}

/** The CSV files of a zip (any folder), or the file itself. */
function csvFiles(file: ImportFile, document: ImportDocument, limits: ZipLimits): CsvFile[] {
  if (!file.bytes) return [];
  if (!file.bytes.subarray(0, 4).equals(ZIP_MAGIC)) return [{ name: file.name, text: text(file.bytes) }];
  try {
    const files = unzipCsvEntries(new Uint8Array(file.bytes), limits)
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((entry) => ({ name: `${file.name}:${entry.name}`, text: text(entry.bytes) }));
    if (files.length === 0)
      document.issues.push({
        file: file.name,
        entry: '(file)',
        field: '(file)',
        message: 'the zip holds no .csv file (expected nodes.csv and edges.csv)',
      });
    return files;
  } catch (error) {
    if (error instanceof PayloadTooLarge) throw error;
    document.issues.push({ file: file.name, entry: '(file)', field: '(file)', message: `not a readable zip: ${(error as Error).message}` });
    return [];
  }
}

/** Joins the documents of several files into one import (validated, and written, together). */
export function mergeDocuments(documents: ImportDocument[]): ImportDocument {
  const merged = emptyDocument(documents[0]?.format ?? 'seed', []);
  for (const document of documents) {
    merged.files.push(...document.files);
    merged.nodes.push(...document.nodes);
    merged.relationships.push(...document.relationships);
    merged.issues.push(...document.issues);
  }
  return merged;
}

/**
 * Reads files into one format-neutral document. CSV files (loose or zipped) are read together,
 * so nodes.csv and edges.csv may come as two files. `format` overrides detection for every file.
 */
export function readImportFiles(files: ImportFile[], format?: ImportFormat, zipLimits: ZipLimits = DEFAULT_ZIP_LIMITS): ImportDocument {
  const documents: ImportDocument[] = [];
  const csv: CsvFile[] = [];
  const problems = emptyDocument(format ?? 'seed', []);
  for (const file of files) {
    const exportOnly = file.bytes && !format ? exportOnlyMessage(file.name, file.bytes) : null;
    if (exportOnly) {
      problems.issues.push({ file: file.name, entry: '(file)', field: '(file)', message: exportOnly });
      continue;
    }
    const detected = format ?? detectFormat(file);
    switch (detected) {
      case 'csv':
        csv.push(...csvFiles(file, problems, zipLimits));
        break;
      case 'graphml':
        documents.push(readGraphmlDocument(file.name, file.bytes ? text(file.bytes) : ''));
        break;
      case 'jsonl':
        documents.push(readJsonLinesDocument(file.name, file.bytes ? text(file.bytes) : ''));
        break;
      case 'cytoscape':
      case 'seed': {
        const json = parseJson(file, problems);
        if (json !== undefined) documents.push(detected === 'cytoscape' ? readCytoscapeDocument(file.name, json) : readSeedDocument(file.name, json));
        break;
      }
      default:
        problems.issues.push({
          file: file.name,
          entry: '(file)',
          field: '(file)',
          message: 'unknown format: give a seed .json, a Cytoscape .json/.cyjs, .jsonl, .graphml, nodes.csv/edges.csv or their .zip',
        });
    }
  }
  if (csv.length > 0) documents.push(readCsvDocument(csv));
  const merged = mergeDocuments([...documents, problems]);
  merged.format = format ?? documents[0]?.format ?? merged.format;
  return merged;
}
