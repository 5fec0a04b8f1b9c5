import { describe, expect, it } from 'vitest';
import { datesInWords as inWords } from '../../api/src/ingest/date-words.js';

/** Intl separates ranges with thin spaces: compare with plain ones. */
const datesInWords = (...args: Parameters<typeof inWords>) => inWords(...args).replace(/\s/gu, ' ');

describe('dates in words for the names of proposed events', () => {
  it('writes a day, a range within a month and a range across months in each language', () => {
    expect(datesInWords('2017-11-08', undefined, 'en')).toBe('November 8, 2017');
    expect(datesInWords('2017-11-08', undefined, 'fr')).toBe('8 novembre 2017');
    expect(datesInWords('2025-10-09', '2025-10-10', 'fr')).toBe('9–10 octobre 2025');
    expect(datesInWords('2025-10-09', '2025-10-10', 'en')).toBe('October 9 – 10, 2025');
    expect(datesInWords('2021-11-30', '2021-12-01', 'fr')).toBe('30 novembre – 1 décembre 2021');
  });

  it('keeps a partial date partial', () => {
    expect(datesInWords('2015-06', undefined, 'fr')).toBe('juin 2015');
    expect(datesInWords('2015-06', undefined, 'en')).toBe('June 2015');
    expect(datesInWords('2015', undefined, 'en')).toBe('2015');
    expect(datesInWords('2014', '2017', 'fr')).toBe('2014–2017');
  });

  it('never writes an ISO form', () => {
    for (const [start, end] of [
      ['2010-05-17', '2010-05-18'],
      ['2009-02', undefined],
      ['2003-01-01', '2003-01-01'],
    ] as const)
      for (const language of ['fr', 'en'] as const) expect(datesInWords(start, end, language)).not.toMatch(/\d{4}-\d{2}/u);
  });
});
