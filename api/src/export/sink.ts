import type { Writable } from 'node:stream';

/** Resolves when the stream can take more, or is gone; removes its listeners either way. */
function drainedOrClosed(stream: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      stream.off('error', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
    stream.on('error', done);
  });
}

/** Thrown when the reader went away (the HTTP client disconnected): the export stops reading. */
export class ExportAborted extends Error {
  constructor() {
    super('The export was aborted: its destination closed.');
    this.name = 'ExportAborted';
  }
}

/**
 * Where a format writer puts its bytes. Writers call `write` as often as they like (it only
 * buffers) and `await ready()` after each element: that flushes in 64 KB chunks and waits while
 * the destination is full, so a slow reader slows the database read instead of filling memory.
 */
export interface ExportSink {
  write(chunk: string | Uint8Array): void;
  ready(): Promise<void>;
  /** Flushes what is left; the writer's last call. */
  close(): Promise<void>;
}

const CHUNK = 64 * 1024;

/** A sink over a Node writable stream (an HTTP response, a file). It does not end the stream. */
export class StreamSink implements ExportSink {
  private parts: (string | Uint8Array)[] = [];
  private size = 0;
  /** Bytes handed to the stream so far. */
  written = 0;

  constructor(private readonly stream: Writable) {}

  write(chunk: string | Uint8Array): void {
    this.parts.push(chunk);
    this.size += chunk.length;
  }

  async ready(): Promise<void> {
    if (this.size >= CHUNK) await this.flush();
  }

  async close(): Promise<void> {
    await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.parts.length === 0) return;
    if (this.stream.destroyed || this.stream.writableEnded) throw new ExportAborted();
    const chunk = this.parts.every((part) => typeof part === 'string')
      ? Buffer.from(this.parts.join(''), 'utf8')
      : Buffer.concat(this.parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : part)));
    this.parts = [];
    this.size = 0;
    this.written += chunk.length;
    if (!this.stream.write(chunk)) {
      await drainedOrClosed(this.stream);
      if (this.stream.destroyed) throw new ExportAborted();
    }
  }
}

/** A sink that keeps everything in memory: for tests and small in-process exports. */
export class MemorySink implements ExportSink {
  private parts: Buffer[] = [];
  write(chunk: string | Uint8Array): void {
    this.parts.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
  }
  async ready(): Promise<void> {}
  async close(): Promise<void> {}
  buffer(): Buffer {
    return Buffer.concat(this.parts);
  }
  text(): string {
    return this.buffer().toString('utf8');
  }
}
