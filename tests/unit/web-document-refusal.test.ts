import { describe, expect, it } from 'vitest';
import { DOCUMENT_REFUSALS } from '../../api/src/contract/documents.js';
import { UnreadableDocument, UnsupportedDocument } from '../../api/src/ingest/errors.js';
import { documentsEn } from '../../web/src/i18n/documents-en.js';
import { documentsFr } from '../../web/src/i18n/documents-fr.js';
import { byteSize, refusalText } from '../../web/src/features/documents/refusal.js';

describe('document refusals in the user’s language', () => {
  it('says every reason the server can give in English and in French, one sentence each', () => {
    for (const reason of DOCUMENT_REFUSALS) {
      const params = { name: 'scan.png', maxBytes: 2_500_000, source: 'doc-x', id: 'doc-x-p1' };
      const en = documentsEn.refusals[reason](params);
      const fr = documentsFr.refusals[reason](params);
      expect(en, reason).toMatch(/\S\.$/);
      expect(fr, reason).toMatch(/\S\.$/);
      expect(fr, reason).not.toBe(en);
      for (const sentence of [en, fr]) expect(sentence.split(/[.!?]\s+\p{Lu}/u), sentence).toHaveLength(1);
    }
  });

  it('translates the reason of a server error body and keeps its params', () => {
    const error = new UnsupportedDocument('unsupported-type', '"scan.png" is not HTML, PDF, DOCX or plain text.', { name: 'scan.png' });
    const failure = { message: error.message, details: error.body() };
    expect(refusalText(documentsFr.refusals, failure)).toContain('scan.png');
    expect(refusalText(documentsFr.refusals, failure)).toBe(documentsFr.refusals['unsupported-type']({ name: 'scan.png' }));
    expect(refusalText(documentsEn.refusals, failure)).toBe(documentsEn.refusals['unsupported-type']({ name: 'scan.png' }));
    const unreadable = new UnreadableDocument('pdf-no-text', 'The PDF has no text layer.');
    expect(refusalText(documentsFr.refusals, { message: unreadable.message, details: unreadable.body() })).toBe(
      documentsFr.refusals['pdf-no-text']({}),
    );
  });

  it('keeps the message of a failure without a known reason', () => {
    expect(refusalText(documentsFr.refusals, { message: 'Network down.' })).toBe('Network down.');
    expect(refusalText(documentsFr.refusals, { message: 'Conflict.', details: { code: 'CONFLICT' } })).toBe('Conflict.');
    expect(refusalText(documentsFr.refusals, { message: 'Odd.', details: { reason: 'toString' } })).toBe('Odd.');
  });

  it('writes byte sizes in each language', () => {
    expect(byteSize(25_000_000, 'en')).toBe('25 MB');
    expect(byteSize(2_500_000, 'fr')).toBe('2,5 MB');
    expect(byteSize(200, 'fr')).toBe('200 octets');
    expect(byteSize(200, 'en')).toBe('200 bytes');
  });
});
