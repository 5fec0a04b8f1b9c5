import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cypherDir } from '../../api/src/db/queries.js';
import { continuousPeriods } from '../../api/src/explore/timeline.js';
import { passageLink } from '../../api/src/explore/passage.js';
import { windowIsOrdered } from '../../api/src/contract/filters.js';

const queriesDir = path.join(cypherDir, 'queries');
const read = (name: string) => readFileSync(path.join(queriesDir, `${name}.cypher`), 'utf8');

describe('named queries', () => {
  it('keeps expand-depth-1/2/3 identical except for the hop bound', () => {
    const normalise = (text: string, depth: number) => text.replaceAll(`{1,${depth}}`, '{1,N}').replace(/within \d hop\(s\)/, 'within N hop(s)');
    const [one, two, three] = [1, 2, 3].map((depth) => normalise(read(`expand-depth-${depth}`), depth));
    expect(two).toBe(one);
    expect(three).toBe(one);
    expect(read('expand-depth-3')).toContain('){1,3}(reached)');
  });

  it('gives every exploration query a header comment naming its parameters', () => {
    const exploration = /^(expand|paths|search|node|timeline|cooperation|subgraph|graph-filtered|views?)-.*\.cypher$/;
    const files = readdirSync(queriesDir).filter((name) => exploration.test(name));
    expect(files.length).toBeGreaterThanOrEqual(19);
    for (const file of files) {
      const text = readFileSync(path.join(queriesDir, file), 'utf8');
      expect(text.startsWith('//'), file).toBe(true);
      expect(text, file).toMatch(/\/\/ Params:/);
      const used = new Set([...text.replace(/\/\/[^\n]*/g, '').matchAll(/\$(\w+)/g)].map((match) => match[1]));
      const header = text
        .split('\n')
        .filter((line) => line.startsWith('//'))
        .join('\n');
      for (const name of used) expect(header, `${file} uses $${name}`).toContain(`$${name}`);
    }
  });
});

describe('small helpers', () => {
  it('links a passage with a text fragment that escapes its own syntax', () => {
    expect(passageLink('https://example.org/page#top', 'co-organised, with OSCE & UN')).toBe(
      'https://example.org/page#:~:text=co%2Dorganised%2C%20with%20OSCE%20%26%20UN',
    );
    expect(passageLink('https://example.org/page', '')).toBe('https://example.org/page');
    expect(passageLink(null, 'quote')).toBeNull();
  });

  it('fills the gaps between periods, across year ends', () => {
    const filled = continuousPeriods(
      [
        { period: '2014-11', count: 1 },
        { period: '2015-02', count: 2 },
      ],
      (period) => ({ period, count: 0 }),
    );
    expect(filled.map((bucket) => `${bucket.period}:${bucket.count}`)).toEqual(['2014-11:1', '2014-12:0', '2015-01:0', '2015-02:2']);
    expect(
      continuousPeriods(
        [
          { period: '1999', count: 1 },
          { period: '2001', count: 1 },
        ],
        (period) => ({ period, count: 0 }),
      ).map((b) => b.period),
    ).toEqual(['1999', '2000', '2001']);
    expect(continuousPeriods([], (period) => ({ period }))).toEqual([]);
  });

  it('orders time windows at their common precision', () => {
    expect(windowIsOrdered({ from: '2014', to: '2014-06' })).toBe(true);
    expect(windowIsOrdered({ from: '2014-07', to: '2014' })).toBe(true);
    expect(windowIsOrdered({ from: '2015', to: '2014-12-31' })).toBe(false);
    expect(windowIsOrdered({ from: '2015' })).toBe(true);
  });
});
