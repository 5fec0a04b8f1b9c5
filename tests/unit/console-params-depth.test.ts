import { describe, expect, it } from 'vitest';
import { nestingDepth } from '../../api/src/contract/query.js';

describe('nestingDepth', () => {
  it('counts nested lists and maps without recursion', () => {
    expect(nestingDepth(1)).toBe(0);
    expect(nestingDepth({ a: [1, { b: 2 }] })).toBe(3);
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    expect(nestingDepth(deep)).toBe(100_000);
  });
});
