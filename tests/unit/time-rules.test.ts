import { describe, expect, it } from 'vitest';
import { endOfPrecision, factInTime, factSpan, TIME_RULES, timeParam } from '../../api/src/model/time-rules.js';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../api/src/model/vocabulary.js';

const russiaInCoe = { start: '1996-02-28', end: '2022-03-16' };

describe('time rules', () => {
  it('names only types and labels of the vocabulary', () => {
    const known = new Set<string>([...RELATIONSHIP_TYPES, ...NODE_LABELS]);
    for (const key of Object.keys(TIME_RULES)) expect(known.has(key), key).toBe(true);
  });

  it('pads a date to the end of its precision', () => {
    expect(endOfPrecision('2010')).toBe('2010-12-31');
    expect(endOfPrecision('2010-02')).toBe('2010-02-31');
    expect(endOfPrecision('2010-02-03')).toBe('2010-02-03');
  });

  it('as of a year: memberships end, ratifications last, evaluations stay history', () => {
    const at = (year: string) => timeParam({ asOf: year });
    expect(factInTime('MEMBER_OF', russiaInCoe, at('2021'))).toBe(true);
    expect(factInTime('MEMBER_OF', russiaInCoe, at('2022'))).toBe(false);
    expect(factInTime('MEMBER_OF', russiaInCoe, at('2022-03-15'))).toBe(true);
    expect(factInTime('MEMBER_OF', russiaInCoe, at('1995'))).toBe(false);
    const ratified = { date: '2007-02-06', start: '2008-02-01' };
    expect(factInTime('PARTY_TO', ratified, at('2007'))).toBe(true);
    expect(factInTime('PARTY_TO', ratified, at('2006'))).toBe(false);
    expect(factInTime('PARTY_TO', { start: '2008-02-01' }, at('2007'))).toBe(false);
    expect(factInTime('EVALUATED', { date: '2013-05-07' }, at('2020'))).toBe(true);
    expect(factInTime('EVALUATED', { date: '2013-05-07' }, at('2012'))).toBe(false);
    expect(factInTime('Event', { start: '2014-10-01', end: '2014-10-02' }, at('2014'))).toBe(true);
  });

  it('in a window: periods and occurrences must overlap it, statuses must have begun by its end', () => {
    const window = timeParam({ from: '2014', to: '2017' });
    expect(factInTime('EVALUATED', { date: '2013-05-07' }, window)).toBe(false);
    expect(factInTime('EVALUATED', { date: '2014' }, window)).toBe(true);
    expect(factInTime('SIGNED', { date: '2005-05-16' }, window)).toBe(true);
    expect(factInTime('SIGNED', { date: '2018-01-01' }, window)).toBe(false);
    expect(factInTime('CHAIRS', { date: '2008' }, window)).toBe(false);
    expect(factInTime('IMPLEMENTS', { start: '2010', end: '2013' }, window)).toBe(false);
    expect(factInTime('Programme', { start: '2016', end: '2019' }, window)).toBe(true);
    expect(factInTime('MEMBER_OF', russiaInCoe, timeParam({ from: '2023' }))).toBe(false);
    expect(factInTime('MEMBER_OF', russiaInCoe, timeParam({ to: '1996' }))).toBe(true);
  });

  it('keeps undated facts and timeless types, and applies nothing without a filter', () => {
    const at = timeParam({ asOf: '1990' });
    expect(factInTime('PARTY_TO', {}, at)).toBe(true);
    expect(factInTime('HELD_IN', { date: '2020' }, at)).toBe(true);
    expect(timeParam({})).toBeNull();
    expect(factInTime('MEMBER_OF', russiaInCoe, null)).toBe(true);
  });

  it('says when a fact holds by its rule', () => {
    expect(factSpan('PARTY_TO', { date: '2007-02-06', start: '2008-02-01' })).toEqual({ begin: '2007-02-06', end: null, kind: 'status' });
    expect(factSpan('MEMBER_OF', russiaInCoe)).toEqual({ begin: '1996-02-28', end: '2022-03-16', kind: 'period' });
    expect(factSpan('HELD_IN', {})).toEqual({ begin: null, end: null, kind: null });
  });
});
