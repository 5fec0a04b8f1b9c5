import { describe, expect, it } from 'vitest';
import { exploreFilters } from '../../api/src/contract/filters.js';
import { isIsoDate } from '../../api/src/model/dates.js';
import { seedRelationshipSchema } from '../../api/src/seed/schema.js';

const relationship = (date: string) => ({ type: 'EVALUATED', from: 'greta', to: 'AD', source: 'ref-x', date });

describe('one date validator for seed, import and API parameters', () => {
  it('accepts the three precisions and only real calendar days', () => {
    for (const good of ['2014', '2014-06', '2014-06-02', '2024-02-29']) expect(isIsoDate(good), good).toBe(true);
    for (const bad of ['14', '2014-6', '2014-13', '2014-00', '2023-02-29', '2014-04-31', '2014-06-02T10:00', ' 2014'])
      expect(isIsoDate(bad), bad).toBe(false);
  });

  it('gives the seed schema and the query filters the same answers', () => {
    for (const value of ['2014', '2014-06-31', '2023-02-29', '2024-02-29', '2014-1', 'soon']) {
      const seed = seedRelationshipSchema.safeParse(relationship(value)).success;
      const filter = exploreFilters.from.safeParse(value).success;
      expect([seed, filter], value).toEqual([isIsoDate(value), isIsoDate(value)]);
    }
  });
});
