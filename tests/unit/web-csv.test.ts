import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../web/src/features/table/csv';

describe('toCsv', () => {
  it('reads back, through a real CSV parser, exactly as written', () => {
    const header = ['Name', 'Type', 'Relationships'];
    const rows = [
      ['Council of Europe', 'Actors', 12],
      ['Convention, "Warsaw" 2005', 'Instruments', 3],
      ['Two\nlines', 'Événements', 0],
      ['', 'Pays', 7],
    ];
    const text = toCsv(header, rows);
    const parsed = parse(text, { relax_column_count: false }) as string[][];
    expect(parsed).toEqual([header, ...rows.map((row) => row.map(String))]);
  });

  it('quotes only fields that need it', () => {
    expect(toCsv(['a'], [['plain'], ['with,comma']])).toBe('a\r\nplain\r\n"with,comma"');
  });
});
