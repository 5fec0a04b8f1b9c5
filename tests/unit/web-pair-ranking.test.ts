import { describe, expect, it } from 'vitest';
import { sortPairs, topicName, yearSpan, type RankedPair } from '../../web/src/features/network/pairRanking.js';

const pair = (source: string, target: string, weight: number, first: string, last: string, topics: number): RankedPair => ({
  source,
  target,
  weight,
  first,
  last,
  topics: Array.from({ length: topics }, (_, i) => ({ id: `t${i}` })),
});
const pairs = [pair('coe', 'osce', 5, '2009', '2016', 3), pair('icat', 'unodc', 7, '2006', '2010', 1), pair('coe', 'unodc', 5, '2012', '2017', 0)];
const names: Record<string, string> = { coe: 'Council of Europe', osce: 'OSCE', icat: 'ICAT', unodc: 'UNODC' };
const ids = (list: RankedPair[]) => list.map((entry) => `${entry.source}-${entry.target}`);

describe('cooperation pair ranking', () => {
  it('sorts by shared events, ties broken by the most recent shared event', () => {
    expect(ids(sortPairs(pairs, 'weight', true, (id) => names[id]!))).toEqual(['icat-unodc', 'coe-unodc', 'coe-osce']);
    expect(ids(sortPairs(pairs, 'weight', false, (id) => names[id]!))).toEqual(['coe-unodc', 'coe-osce', 'icat-unodc']);
  });

  it('sorts by first year, last year, topics and name', () => {
    expect(ids(sortPairs(pairs, 'first', false, (id) => names[id]!))[0]).toBe('icat-unodc');
    expect(ids(sortPairs(pairs, 'last', true, (id) => names[id]!))[0]).toBe('coe-unodc');
    expect(ids(sortPairs(pairs, 'topics', true, (id) => names[id]!))[0]).toBe('coe-osce');
    expect(ids(sortPairs(pairs, 'name', false, (id) => names[id]!))).toEqual(['coe-osce', 'coe-unodc', 'icat-unodc']);
  });

  it('writes the years covered', () => {
    expect(yearSpan('2009-05', '2016-10-13')).toBe('2009–2016');
    expect(yearSpan('2014-03', '2014-06')).toBe('2014');
  });

  it('names a topic from the topics of the answer in the reading language, else the other one, else by its id', () => {
    expect(topicName({ name_en: 'Victims', name_fr: 'Victimes' }, 'topic-victims', 'fr')).toBe('Victimes');
    expect(topicName({ name_en: 'Victims', name_fr: null }, 'topic-victims', 'fr')).toBe('Victims');
    expect(topicName({ name_en: null, name_fr: 'Victimes' }, 'topic-victims', 'en')).toBe('Victimes');
    expect(topicName(undefined, 'topic-victims', 'en')).toBe('topic-victims');
  });
});
