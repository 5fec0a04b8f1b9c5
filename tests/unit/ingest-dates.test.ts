import { describe, expect, it } from 'vitest';
import { findDates, headingYear } from '../../api/src/ingest/dates.js';
import { ordinalValue } from '../../api/src/ingest/ordinals.js';
import { isIsoDate } from '../../api/src/model/dates.js';

/** Dates in French and English prose → the graph's ISO forms (model/dates.ts). */
const read = (text: string, contextYear?: number) => findDates(text, contextYear).map(({ from, to, precision }) => ({ from, to, precision }));

describe('findDates', () => {
  it('reads day ranges in both languages', () => {
    expect(read('Les 15-16 novembre 2021, à Strasbourg')).toEqual([{ from: '2021-11-15', to: '2021-11-16', precision: 'day' }]);
    expect(read('les 24 et 25 février 2021')).toEqual([{ from: '2021-02-24', to: '2021-02-25', precision: 'day' }]);
    expect(read('du 30 novembre au 2 décembre 2021')).toEqual([{ from: '2021-11-30', to: '2021-12-02', precision: 'day' }]);
    expect(read('On 8 and 9 November 2017 in Sofia')).toEqual([{ from: '2017-11-08', to: '2017-11-09', precision: 'day' }]);
    expect(read('November 15–16, 2021')).toEqual([{ from: '2021-11-15', to: '2021-11-16', precision: 'day' }]);
    expect(read('30 November to 2 December 2021')).toEqual([{ from: '2021-11-30', to: '2021-12-02', precision: 'day' }]);
  });

  it('reads single days, ordinals and numeric forms', () => {
    expect(read('le 1er mars 2021')).toEqual([{ from: '2021-03-01', to: undefined, precision: 'day' }]);
    expect(read('on 3rd July 2019')).toEqual([{ from: '2019-07-03', to: undefined, precision: 'day' }]);
    expect(read('le 15/11/2021')).toEqual([{ from: '2021-11-15', to: undefined, precision: 'day' }]);
    expect(read('published 2021-11-15')).toEqual([{ from: '2021-11-15', to: undefined, precision: 'day' }]);
    expect(read('le 12 AOÛT 2020')).toEqual([{ from: '2020-08-12', to: undefined, precision: 'day' }]);
  });

  it('reads partial dates: a month, a year, a range of years', () => {
    expect(read('en juin 2015')).toEqual([{ from: '2015-06', to: undefined, precision: 'month' }]);
    expect(read('in June 2015')).toEqual([{ from: '2015-06', to: undefined, precision: 'month' }]);
    expect(read('de juin à juillet 2015')).toEqual([{ from: '2015-06', to: '2015-07', precision: 'month' }]);
    expect(read('en 2010')).toEqual([{ from: '2010', to: undefined, precision: 'year' }]);
    expect(read('Plan 2015-2017')).toEqual([{ from: '2015', to: '2017', precision: 'year' }]);
  });

  it('reads a range of years written with words', () => {
    expect(read('la campagne, menée entre 2006 et 2008,')).toEqual([{ from: '2006', to: '2008', precision: 'year' }]);
    expect(read('de 2015 à 2017')).toEqual([{ from: '2015', to: '2017', precision: 'year' }]);
    expect(read('between 2004 and 2010')).toEqual([{ from: '2004', to: '2010', precision: 'year' }]);
    expect(read('from 2015 to 2017')).toEqual([{ from: '2015', to: '2017', precision: 'year' }]);
    // Two years that do not bound a period stay two years.
    expect(read('en 2006 et 2008')).toEqual([
      { from: '2006', to: undefined, precision: 'year' },
      { from: '2008', to: undefined, precision: 'year' },
    ]);
  });

  it('completes a day without year from the context year, and leaves it out without one', () => {
    expect(read('le 15 novembre', 2019)).toEqual([{ from: '2019-11-15', to: undefined, precision: 'day' }]);
    expect(read('le 15 novembre')).toEqual([]);
    expect(read('les 8 et 9 mai', 2018)).toEqual([{ from: '2018-05-08', to: '2018-05-09', precision: 'day' }]);
    // "5 may" without a year is the English verb more often than a date.
    expect(read('Parties 5 may request it', 2018)).toEqual([]);
  });

  it('ignores numbers that are not dates: symbols, impossible days, backward ranges', () => {
    expect(read('A/RES/64/178 and A/65/113')).toEqual([]);
    expect(read('le 31 février 2021').every((date) => isIsoDate(date.from))).toBe(true);
    expect(read('16-15 novembre 2021').some((date) => date.to !== undefined)).toBe(false);
  });

  it('gives offsets into the original text, accents included', () => {
    const text = 'Réunion du 2 décembre 2021 à Genève.';
    const [date] = findDates(text);
    expect(date && text.slice(date.start, date.end)).toBe('2 décembre 2021');
  });
});

describe('headingYear', () => {
  it('takes the one year a heading names', () => {
    expect(headingYear('Rapport annuel 2019')).toBe(2019);
    expect(headingYear('Strasbourg, 15 novembre 2021')).toBe(2021);
    expect(headingYear('Activités 2019-2020')).toBeUndefined();
    expect(headingYear('Introduction')).toBeUndefined();
  });
});

describe('ordinalValue', () => {
  it('reads ordinals in figures and in French and English words', () => {
    expect(ordinalValue('64e')).toBe(64);
    expect(ordinalValue('58ème')).toBe(58);
    expect(ordinalValue('26th')).toBe(26);
    expect(ordinalValue('soixante-quatrième')).toBe(64);
    expect(ordinalValue('vingt-cinquième')).toBe(25);
    expect(ordinalValue('soixante-dix-septième')).toBe(77);
    expect(ordinalValue('quatre-vingt-dixième')).toBe(90);
    expect(ordinalValue('vingt et unième')).toBe(21);
    expect(ordinalValue('cinquième')).toBe(5);
    expect(ordinalValue('sixty-fourth')).toBe(64);
    expect(ordinalValue('fifth')).toBe(5);
  });

  it('reads nothing from words that are not ordinals', () => {
    for (const word of ['session', 'la', 'soixante', '64', 'quatre-session']) expect(ordinalValue(word), word).toBeNull();
  });
});
