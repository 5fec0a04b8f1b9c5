import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/ingest');

/**
 * Issue 13: pdf.js's Node build installs core-js polyfills over JSON.stringify, JSON.parse and
 * Array.prototype.push in the realm that loads it, which made every API answer, log line and
 * driver record slower. The API's thread must keep the engine's own functions, also after reading PDFs.
 */
describe("the API thread's globals", () => {
  const coreJs = () => Object.getOwnPropertyNames(globalThis).filter((name) => name.includes('core-js'));

  it('stay native with every module of the app loaded, and after a PDF is read', async () => {
    // Nothing loaded before this test may have replaced them either (else the comparison would prove nothing).
    expect(coreJs()).toEqual([]);
    const native = { stringify: JSON.stringify, parse: JSON.parse, push: Array.prototype.push, toString: Function.prototype.toString };
    await import('../../api/src/app.js');
    const { readDocument } = await import('../../api/src/ingest/readers/index.js');
    const document = await readDocument(readFileSync(path.join(fixtures, 'english.pdf')));
    expect(document.metadata).toMatchObject({ format: 'pdf', pages: 2 });
    expect(document.passages.length).toBeGreaterThan(0);
    expect({ stringify: JSON.stringify, parse: JSON.parse, push: Array.prototype.push, toString: Function.prototype.toString }).toEqual(native);
    expect(JSON.stringify).toBe(native.stringify);
    expect(Array.prototype.push).toBe(native.push);
    expect(coreJs()).toEqual([]);
  });
});
