import { describe, expect, it } from 'vitest';
import { boundExpressionLoops, iterationRefusal } from '../../api/src/explore/console-bounds.js';
import { CONSOLE_VALUE_CAP, VALUE_CAP_PARAM, VALUE_MARKER, VALUE_MARKER_PARAM } from '../../api/src/explore/console-growth.js';

/** How many value checks a bounded statement holds. */
const checks = (cypher: string) => (cypher.match(new RegExp(`\\$${VALUE_CAP_PARAM}`, 'g')) ?? []).length;

describe('checking what a console statement builds before Neo4j builds it', () => {
  it('checks every chain of concatenations at once, with its operators in order, in any clause', () => {
    const chain = boundExpressionLoops("WITH 'x' AS s WITH s + s AS s WITH s + s || s AS s RETURN s || s AS s", {});
    expect(chain.values).toBe(3);
    expect(checks(chain.cypher)).toBe(3);
    expect(chain.params).toMatchObject({ [VALUE_CAP_PARAM]: CONSOLE_VALUE_CAP, [VALUE_MARKER_PARAM]: VALUE_MARKER });
    // Each operand evaluated once, the sum of their sizes checked (one reduce() whatever their number), then the chain as written.
    expect(chain.cypher).toContain('[liaison_v IN [[s, s, s]] | CASE WHEN reduce(liaison_size = 0, liaison_e IN liaison_v | liaison_size + size(');
    expect(chain.cypher).toContain('ELSE liaison_v[0] + liaison_v[1] || liaison_v[2] END][0]');
  });

  it('checks a CASE as one operand and inside its branches, expressions inside patterns, and keyword-named properties', () => {
    const branches = boundExpressionLoops("WITH 'x' AS s RETURN CASE WHEN s = '' THEN s + s ELSE s END + s AS t", {});
    expect(branches.values).toBe(2);
    expect(branches.cypher).toContain("[liaison_v IN [[CASE WHEN s = '' THEN ([liaison_v IN [[s, s]]");
    const inPattern = boundExpressionLoops(
      "WITH 'x' AS s MATCH (n WHERE n.name = s + s)-[r:R {note: s + 'y'}]->+(m) RETURN n.end + n.order AS e",
      {},
    );
    expect(inPattern.values).toBe(3);
    expect(inPattern.cypher).toContain('->+(m)');
    expect(inPattern.cypher).toContain('[[n.end, n.order]]');
  });

  it('keeps minus, signs, products and exponents where they belong', () => {
    const mixed = boundExpressionLoops('RETURN -a * 2 + b - c + 1e+3 AS n', {});
    expect(mixed.values).toBe(1);
    expect(mixed.cypher).toMatch(/^RETURN \(\[liaison_v IN \[\[-a \* 2, b, c, 1e\+3\]\] \|/);
    expect(mixed.cypher).toContain('ELSE liaison_v[0] + liaison_v[1] - liaison_v[2] + liaison_v[3] END][0]) AS n');
    expect(boundExpressionLoops('RETURN a - b AS n, -1 AS m', {}).values).toBe(0);
  });

  it('checks replace() from the sizes of its arguments', () => {
    const replaced = boundExpressionLoops("RETURN replace(replace('xx', 'x', 'xxxx'), 'x', $p) AS r", { p: 'yy' });
    expect(replaced.values).toBe(2);
    // The inner call is checked, and its checked value is the outer call's first argument.
    expect(replaced.cypher).toContain("[liaison_v IN [[([liaison_v IN [['xx', 'x', 'xxxx']]");
    expect(replaced.cypher.match(/ELSE replace\(/g)).toHaveLength(2);
    expect(replaced.params.p).toBe('yy');
  });

  it('leaves aggregations, path quantifiers, strings and comments alone', () => {
    for (const cypher of [
      'MATCH (n) RETURN count(n) + 1 AS c',
      'MATCH (a)-[r]->+(b) RETURN a',
      'MATCH ((a)-[:R]->(b))+ RETURN b',
      "RETURN 'a + b' AS text // c + d",
      'UNWIND range(1, 10) AS i RETURN i',
      "MATCH (n) WHERE n.name =~ 'a+' RETURN n",
    ]) {
      const bounded = boundExpressionLoops(cypher, {});
      expect(bounded.values, cypher).toBe(0);
      expect(bounded.cypher, cypher).toBe(cypher);
    }
  });

  it('refuses a concatenation the text already shows is too large, before Neo4j plans anything', () => {
    for (const cypher of ['RETURN size(range(1, 100000000) + [0]) AS n', 'RETURN range(1, 600000) + range(1, 600000) AS l']) {
      expect(() => boundExpressionLoops(cypher, {}), cypher).toThrow(/would grow too large for the console/);
    }
    // Exactly at the cap, Neo4j's own check decides when the statement runs.
    expect(boundExpressionLoops('RETURN range(1, 500000) + range(1, 500000) AS l', {}).values).toBe(1);
  });

  it('leaves sums of number literals unchecked: they build a number', () => {
    const numbers = boundExpressionLoops(`RETURN ${Array(50).fill('1').join(' + ')} AS n`, {});
    expect(numbers.values).toBe(0);
    expect(boundExpressionLoops('RETURN 1 + x AS n', {}).values).toBe(1);
  });

  it('explains Neo4j stopping at the check', () => {
    expect(iterationRefusal(`Text cannot be parsed to a Date\n"${VALUE_MARKER}"`, 316)).toMatch(
      /\+, \|\| or replace\(\) would grow too large for the console \(more than 1000000 /,
    );
  });
});
