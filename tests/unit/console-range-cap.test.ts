import { describe, expect, it } from 'vitest';
import { nestingDepth } from '../../api/src/contract/query.js';
import { CONSOLE_MAX_RANGE, rangeRefusal } from '../../api/src/explore/console-guard.js';

describe('the console range cap', () => {
  it('refuses a range() over the cap with literal or parameter bounds', () => {
    expect(rangeRefusal('RETURN size(reduce(s = "", x IN range(1,100000000) | s + "x"))', {})).toMatch(/at most/);
    expect(rangeRefusal('UNWIND range(0, $n) AS i RETURN i', { n: CONSOLE_MAX_RANGE })).toMatch(/at most/);
    expect(rangeRefusal('UNWIND RANGE ( 1 , 10000000 , 2 ) AS i RETURN i', {})).toMatch(/at most/);
  });

  it('lets ranges up to the cap, computed bounds and ranges in comments through', () => {
    expect(rangeRefusal(`UNWIND range(1, ${CONSOLE_MAX_RANGE}) AS i RETURN count(i)`, {})).toBeNull();
    expect(rangeRefusal('UNWIND range(1, 100000000, 1000) AS i RETURN i', {})).toBeNull();
    expect(rangeRefusal('// range(1, 100000000)\nRETURN 1', {})).toBeNull();
    expect(rangeRefusal('MATCH (n) RETURN range(0, size(n.aliases))', {})).toBeNull();
  });
});

describe('nestingDepth', () => {
  it('counts nested lists and maps without recursion', () => {
    expect(nestingDepth(1)).toBe(0);
    expect(nestingDepth({ a: [1, { b: 2 }] })).toBe(3);
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    expect(nestingDepth(deep)).toBe(100_000);
  });
});
