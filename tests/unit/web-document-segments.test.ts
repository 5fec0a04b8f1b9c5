import { describe, expect, it } from 'vitest';
import { passageWithQuote, quoteRange, segmentsOf } from '../../web/src/features/documents/segments.js';

const TEXT = 'Le Conseil de l’Europe et le GRETA ont tenu un atelier à Strasbourg.';
const at = (words: string) => ({ start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length });

describe('segmentsOf (the document reader)', () => {
  it('cuts a passage at its mentions and keeps every character once', () => {
    const mentions = [
      { ...at('Strasbourg'), entityId: 'city-strasbourg', label: 'City' },
      { ...at('Conseil de l’Europe'), entityId: 'coe', label: 'Actor' },
      { ...at('GRETA'), entityId: 'greta', label: 'Actor' },
    ];
    const segments = segmentsOf(TEXT, mentions);
    expect(segments.map((segment) => segment.text).join('')).toBe(TEXT);
    expect(segments.filter((segment) => segment.mention).map((segment) => [segment.text, segment.mention?.entityId])).toEqual([
      ['Conseil de l’Europe', 'coe'],
      ['GRETA', 'greta'],
      ['Strasbourg', 'city-strasbourg'],
    ]);
    for (const segment of segments) expect(TEXT.slice(segment.start, segment.start + segment.text.length)).toBe(segment.text);
  });

  it('keeps the first of overlapping mentions and drops spans outside the text', () => {
    const segments = segmentsOf(TEXT, [
      { ...at('Conseil de l’Europe'), entityId: 'coe', label: 'Actor' },
      { ...at('Europe'), entityId: 'europe', label: 'Topic' },
      { start: TEXT.length - 2, end: TEXT.length + 5, entityId: 'past-the-end', label: 'City' },
    ]);
    expect(segments.map((segment) => segment.text).join('')).toBe(TEXT);
    expect(segments.flatMap((segment) => (segment.mention ? [segment.mention.entityId] : []))).toEqual(['coe']);
  });

  it('marks the quote, also across a mention, with straight or curly apostrophes and other spacing', () => {
    const quote = "Conseil de l'Europe et le  GRETA";
    expect(quoteRange(TEXT, quote)).toEqual([at('Conseil').start, at('GRETA').end]);
    const segments = segmentsOf(TEXT, [{ ...at('GRETA'), entityId: 'greta', label: 'Actor' }], quote);
    expect(
      segments
        .filter((segment) => segment.quoted)
        .map((segment) => segment.text)
        .join(''),
    ).toBe('Conseil de l’Europe et le GRETA');
    expect(segments.find((segment) => segment.mention)?.quoted).toBe(true);
  });

  it('finds the passage of a quote, and none for words the document does not hold', () => {
    const passages = ['Premier paragraphe.', TEXT, 'Dernier paragraphe.'];
    expect(passageWithQuote(passages, 'un atelier à Strasbourg')).toBe(1);
    expect(passageWithQuote(passages, 'à Lyon')).toBe(-1);
    expect(passageWithQuote(passages, undefined)).toBe(-1);
    expect(quoteRange(TEXT, '   ')).toBeNull();
  });
});
