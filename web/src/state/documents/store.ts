import { create } from 'zustand';

/**
 * What the document panel shows: the upload form, the list, or one document (scrolled to a passage, a
 * quote marked). A document just read keeps how many proposals it queued, not a sentence: the reader
 * says it in the language of the moment.
 */
export type DocumentTask = { kind: 'add' } | { kind: 'list' } | { kind: 'read'; id: string; quote?: string; queued?: number };

interface DocumentsState {
  task: DocumentTask | null;
  open(task: DocumentTask | null): void;
}

/** The document panel's own small store: it opens beside the canvas, independently of the curation panel. */
export const useDocuments = create<DocumentsState>()((set) => ({
  task: null,
  open(task) {
    set({ task });
  },
}));
