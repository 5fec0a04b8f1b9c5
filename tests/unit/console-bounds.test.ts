import { describe, expect, it } from 'vitest';
import {
  CAP_PARAM,
  CONSOLE_ITERATION_BUDGET,
  ITERATION_MARKER,
  MARKER_PARAM,
  boundExpressionLoops,
  iterationRefusal,
} from '../../api/src/explore/console-bounds.js';

/** The lists a bounded statement checks, in the order they appear. */
function checkedLists(cypher: string): string[] {
  return [...cypher.matchAll(/\(CASE WHEN size\((.*?)\) > \$\w+ THEN/g)].map((match) => match[1]!);
}

describe('bounding the loops inside one console expression', () => {
  it('wraps the list of reduce, list comprehensions and quantifiers, whatever computes it', () => {
    const reduce = boundExpressionLoops("CALL { RETURN 100000000 AS n } RETURN size(reduce(s = '', x IN range(1, n) | s + 'x')) AS n", {});
    expect(checkedLists(reduce.cypher)).toEqual(['range(1, n)']);
    expect(reduce.params).toMatchObject({ [CAP_PARAM]: CONSOLE_ITERATION_BUDGET, [MARKER_PARAM]: ITERATION_MARKER });

    const computed = boundExpressionLoops("RETURN [x IN range(1, toInteger('100000000')) WHERE x > 1 | x] AS l", { p: 1 });
    expect(checkedLists(computed.cypher)).toEqual(["range(1, toInteger('100000000'))"]);
    expect(computed.params.p).toBe(1);

    const quantifier = boundExpressionLoops('MATCH (n) WHERE ANY (l IN labels(n) WHERE l = $label) RETURN n', {});
    expect(checkedLists(quantifier.cypher)).toEqual(['labels(n)']);

    const collected = boundExpressionLoops("UNWIND range(1, 200000) AS i WITH collect(i) AS l RETURN reduce(s = '', x IN l | s + 'x')", {});
    expect(checkedLists(collected.cypher)).toEqual(['l']);
  });

  it('shares one budget between nested loops', () => {
    const nested = boundExpressionLoops('RETURN [a IN range(1, 1000) | [b IN range(1, 10000) | a * b]] AS r', {});
    expect(nested.loops).toBe(2);
    expect(nested.cap).toBe(Math.floor(Math.sqrt(CONSOLE_ITERATION_BUDGET)));
    expect(nested.cap ** 2).toBeLessThanOrEqual(CONSOLE_ITERATION_BUDGET);
    // Side by side is not nested: each keeps the whole budget.
    expect(boundExpressionLoops('RETURN [a IN $l | a] AS x, [b IN $m | b] AS y', {}).cap).toBe(CONSOLE_ITERATION_BUDGET);
  });

  it('leaves rows, strings, comments, membership tests and pattern comprehensions alone', () => {
    for (const cypher of [
      'UNWIND range(1, 10) AS i RETURN i',
      "RETURN 'reduce(s = 0, x IN range(1, 9) | s)' AS text // [x IN range(1, 9) | x]",
      'MATCH (n) WHERE n.id IN $ids RETURN [(n)-->(m) | m.name] AS names',
      'RETURN [1, 2, 3] AS l, apoc.reduce(1) AS other /* any(x IN l WHERE x) */',
    ]) {
      const bounded = boundExpressionLoops(cypher, { ids: [] });
      expect(bounded.loops, cypher).toBe(0);
      expect(bounded.cypher).toBe(cypher);
    }
  });

  it('refuses lists nested so deeply that the wrapped statement would explode', () => {
    const deep = `RETURN ${'[x IN '.repeat(20)}[1]${' | x]'.repeat(20)} AS l`;
    expect(() => boundExpressionLoops(deep, {})).toThrow(/nested this deeply/);
  });

  it('explains Neo4j stopping at the check and nothing else', () => {
    expect(iterationRefusal(`Text cannot be parsed to a Date\n"${ITERATION_MARKER}"`, 316)).toMatch(/at most 316 elements/);
    expect(iterationRefusal('/ by zero', 316)).toBeNull();
  });
});
