import { describe, expect, it } from 'vitest';
import {
  ACCUMULATOR_MARKER,
  CAP_PARAM,
  CONSOLE_ACCUMULATOR_CAP,
  SIZE_CAP_PARAM,
  CONSOLE_ITERATION_BUDGET,
  ITERATION_MARKER,
  MARKER_PARAM,
  boundExpressionLoops,
  iterationRefusal,
} from '../../api/src/explore/console-bounds.js';
import { CONSOLE_MAX_CHAIN, CONSOLE_MAX_NESTING } from '../../api/src/explore/console-depth.js';

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
    const nested = boundExpressionLoops('RETURN [a IN range(1, $n) | [b IN range(1, $m) | a * b]] AS r', {});
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

  it('checks the size of a reduce() accumulator before each step, in nested reduces too', () => {
    const doubling = boundExpressionLoops("RETURN reduce(s = 'x', i IN range(1, 40) | s + s) AS s", {});
    expect(doubling.cypher).toContain(`CASE WHEN size(CASE WHEN s IS :: STRING OR s IS :: LIST<ANY> THEN s ELSE '' END) > $${SIZE_CAP_PARAM}`);
    // The step itself is a concatenation, checked before it runs (console-growth).
    expect(doubling.cypher).toMatch(/ELSE \(\(\[liaison_v IN \[\[s, s\]\] \|.*ELSE liaison_v\[0\] \+ liaison_v\[1\] END\]\[0\]\)\) END\) AS s$/);
    expect(doubling.params[SIZE_CAP_PARAM]).toBe(CONSOLE_ACCUMULATOR_CAP);
    const nested = boundExpressionLoops('RETURN reduce(a = [], x IN $l | a + [reduce(b = "", y IN $m | b + y)]) AS r', {});
    // One accumulator check per reduce (the concatenations inside have their own, see console-growth).
    expect(nested.cypher.match(/CASE WHEN size\(CASE WHEN \w+ IS :: STRING/g)).toHaveLength(2);
    expect(nested.cypher).toContain('WHEN a IS :: STRING');
    expect(nested.cypher).toContain('WHEN b IS :: STRING');
    // Comprehensions and quantifiers have no accumulator: no size parameter is added.
    expect(boundExpressionLoops('RETURN [x IN $l | x + x] AS l', {}).params[SIZE_CAP_PARAM]).toBeUndefined();
  });

  it('refuses a literal range() over the cap from the text, before Neo4j plans anything', () => {
    for (const cypher of [
      'RETURN reduce(s = 0, x IN range(1, 100000000) | s + x) AS n',
      'RETURN [x IN range(0, 1_000_000, 2) | x] AS l',
      'RETURN any(x IN range(-200000, 0) WHERE x = 1) AS a',
    ]) {
      expect(() => boundExpressionLoops(cypher, {}), cypher).toThrow(/may hold at most 100000 elements/);
    }
    // Nested loops share the budget: the inner literal range is over their cap of 316.
    expect(() => boundExpressionLoops('RETURN [a IN range(1, 10) | [b IN range(1, 1000) | a * b]] AS r', {})).toThrow(/at most 316 elements/);
    // At the cap, with bounds only Neo4j knows, or a step that keeps it short: Neo4j's check decides when it runs.
    for (const cypher of [
      'RETURN reduce(s = 0, x IN range(1, 100000) | s + x) AS n',
      "RETURN [x IN range(1, toInteger('100000000')) | x] AS l",
      'RETURN [x IN range(1, 100000000, 1000) | x] AS l',
      'RETURN [x IN range(1, $n) | x] AS l',
    ]) {
      expect(boundExpressionLoops(cypher, { n: 5 }).loops, cypher).toBe(1);
    }
  });

  it('refuses expressions nested or chained deeper than Neo4j can plan, with a sentence', () => {
    // Each made Neo4j 5.26's planner overflow its stack without answering (the console waited out its deadline).
    const sumOf = (terms: number) => `WITH 'x' AS s RETURN size(${Array(terms).fill('s').join(' + ')}) AS n`;
    expect(() => boundExpressionLoops(sumOf(CONSOLE_MAX_CHAIN + 2), {})).toThrow(new RegExp(`chains ${CONSOLE_MAX_CHAIN + 1} operators`));
    const product = `WITH 2 AS s RETURN ${Array(250).fill('s').join(' * ')} AS n`;
    expect(() => boundExpressionLoops(product, {})).toThrow(/chains 249 operators .*the console allows 100/);
    const lists = `WITH 1 AS s RETURN ${'['.repeat(CONSOLE_MAX_NESTING + 1)}s${']'.repeat(CONSOLE_MAX_NESTING + 1)} AS n`;
    expect(() => boundExpressionLoops(lists, {})).toThrow(new RegExp(`nests ${CONSOLE_MAX_NESTING + 1} levels`));
    // Up to the limits, and long lists of terms split by commas or AND, pass.
    expect(boundExpressionLoops(sumOf(CONSOLE_MAX_CHAIN + 1), {}).values).toBe(1);
    expect(() => boundExpressionLoops(`RETURN [${Array(300).fill('1 + 2').join(', ')}] AS l`, {})).not.toThrow();
    expect(() => boundExpressionLoops(`WITH true AS s RETURN ${Array(1000).fill('s').join(' AND ')} AS b`, {})).not.toThrow();
  });

  it('explains Neo4j stopping at the check and nothing else', () => {
    expect(iterationRefusal(`Text cannot be parsed to a Date\n"${ITERATION_MARKER}"`, 316)).toMatch(/at most 316 elements/);
    expect(iterationRefusal(`Text cannot be parsed to a Date\n"${ACCUMULATOR_MARKER}"`, 316)).toMatch(/reduce\(\) grew too large/);
    expect(iterationRefusal('/ by zero', 316)).toBeNull();
  });
});
