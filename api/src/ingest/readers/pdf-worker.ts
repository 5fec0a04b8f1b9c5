/**
 * The worker thread behind pdf-thread.ts: reads each PDF it is sent with pdf.js (pdf.ts). pdf.js and
 * its polyfills are loaded in this thread's realm only.
 */
import { parentPort } from 'node:worker_threads';
import type { ReaderOutput } from '../document.js';
import { UnreadableDocument } from '../errors.js';
import { readPdf } from './pdf.js';

/** One PDF to read; `id` pairs the outcome with its request. */
export interface PdfJob {
  id: number;
  bytes: Uint8Array;
}

/** What a read gave: the text, or why the file is unreadable, or an unexpected error's message. */
export type PdfOutcome =
  | { id: number; output: ReaderOutput }
  | { id: number; unreadable: { reason: UnreadableDocument['reason']; message: string; params: UnreadableDocument['params'] } }
  | { id: number; error: string };

parentPort?.on('message', ({ id, bytes }: PdfJob) => {
  readPdf(bytes).then(
    (output) => parentPort?.postMessage({ id, output } satisfies PdfOutcome),
    (error: unknown) =>
      parentPort?.postMessage(
        (error instanceof UnreadableDocument
          ? { id, unreadable: { reason: error.reason, message: error.message, params: error.params } }
          : { id, error: error instanceof Error ? error.message : String(error) }) satisfies PdfOutcome,
      ),
  );
});
