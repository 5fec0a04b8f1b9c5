import type { Worker } from 'node:worker_threads';
import { startModuleWorker } from '../../worker-thread.js';
import type { ReaderOutput } from '../document.js';
import { UnreadableDocument } from '../errors.js';
import type { PdfJob, PdfOutcome } from './pdf-worker.js';

/**
 * PDFs are read by pdf.js in a worker thread, never in the API's own thread. pdf.js's Node build
 * ("legacy") installs core-js polyfills on the globals of the realm that loads it: on Node 20,
 * JSON.stringify, JSON.parse and Array.prototype.push become JavaScript wrappers (stringifying a
 * 500 KB answer ×8 slower, push ×2). Imported by the API's thread, it slowed every JSON answer,
 * every log line and every record the driver decodes (issue 13: search ×1.7, cooperation ×2 the
 * driver's time). In a worker, its polyfills stay in the worker's realm.
 */
let reader: Worker | undefined;
const waiting = new Map<number, { resolve: (output: ReaderOutput) => void; reject: (error: Error) => void }>();
let nextId = 0;

/** The reader thread, started at the first PDF and kept (pdf.js takes a moment to load). */
function pdfReader(): Worker {
  if (reader) return reader;
  const started = startModuleWorker(import.meta.url, './pdf-worker');
  started.on('message', (outcome: PdfOutcome) => {
    const job = waiting.get(outcome.id);
    waiting.delete(outcome.id);
    if (waiting.size === 0) started.unref();
    if (!job) return;
    if ('output' in outcome) job.resolve(outcome.output);
    else if ('unreadable' in outcome) {
      // The refusal crosses the thread as data; its reason and values make the explorer's sentence.
      const { reason, message, params } = outcome.unreadable;
      job.reject(new UnreadableDocument(reason, message, params));
    } else job.reject(new Error(`Reading the PDF failed: ${outcome.error}`));
  });
  // A reader that dies fails the reads it had; the next PDF starts a new one.
  const fail = (error: Error) => {
    if (reader === started) reader = undefined;
    for (const job of waiting.values()) job.reject(error);
    waiting.clear();
  };
  started.on('error', fail);
  started.on('exit', (code) => fail(new Error(`The PDF reader stopped (code ${code}).`)));
  reader = started;
  return started;
}

/** PDF: text with page numbers through pdf.js (pdf.ts), read in a worker thread. */
export function readPdf(bytes: Uint8Array): Promise<ReaderOutput> {
  const id = nextId++;
  const worker = pdfReader();
  return new Promise<ReaderOutput>((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    // Referenced while it has work, so a command-line ingest waits for its PDFs.
    worker.ref();
    worker.postMessage({ id, bytes } satisfies PdfJob);
  });
}
