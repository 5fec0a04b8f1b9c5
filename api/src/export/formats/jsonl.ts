import type { FormatWriter } from './format.js';

/**
 * JSON Lines: one element per line, in the API's shared graph shape with a `kind` field:
 * `{"kind":"node","id","labels","properties"}`, then `{"kind":"edge","id","type","source","target","properties"}`.
 */
export const jsonlWriter: FormatWriter = {
  format: 'jsonl',
  extension: 'jsonl',
  contentType: 'application/x-ndjson; charset=utf-8',
  async write({ elements }, sink) {
    for await (const element of elements) {
      const line = element.kind === 'node' ? { kind: 'node', ...element.node } : { kind: 'edge', ...element.edge };
      sink.write(`${JSON.stringify(line)}\n`);
      await sink.ready();
    }
    await sink.close();
  },
};
