import { describe, expect, it } from 'vitest';
import { EnvError, loadEnv } from '../../api/src/env.js';
import { K_SHORTEST_BUDGET_MS } from '../../api/src/explore/paths.js';

describe('PATHS_K_SHORTEST_BUDGET_MS', () => {
  it('defaults to the paths module budget and takes a positive number of milliseconds', () => {
    expect(loadEnv({}).PATHS_K_SHORTEST_BUDGET_MS).toBe(K_SHORTEST_BUDGET_MS);
    expect(loadEnv({ PATHS_K_SHORTEST_BUDGET_MS: '12000' }).PATHS_K_SHORTEST_BUDGET_MS).toBe(12_000);
  });

  it('refuses a budget that is not a positive whole number, naming the variable', () => {
    for (const value of ['0', '-5', 'soon', '1.5']) {
      let thrown: unknown;
      try {
        loadEnv({ PATHS_K_SHORTEST_BUDGET_MS: value });
      } catch (error) {
        thrown = error;
      }
      expect(thrown, value).toBeInstanceOf(EnvError);
      expect(
        (thrown as EnvError).issues.map((issue) => issue.variable),
        value,
      ).toEqual(['PATHS_K_SHORTEST_BUDGET_MS']);
    }
  });
});
