import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toPlain } from '../../api/src/db/records.js';

describe('toPlain', () => {
  it('turns the driver values of a row into plain JSON, at any depth', () => {
    const date = new neo4j.types.Date(2020, 1, 2);
    const row = {
      count: neo4j.int(5),
      huge: neo4j.int('9007199254740993'),
      when: date,
      nested: [[neo4j.int(1)], { deeper: { n: neo4j.int(2), at: date } }],
      text: 'x',
      ratio: 1.5,
      flag: false,
      missing: null,
      absent: undefined,
      big: 10n,
    };
    expect(toPlain(row)).toEqual({
      count: 5,
      huge: '9007199254740993',
      when: date.toString(),
      nested: [[1], { deeper: { n: 2, at: date.toString() } }],
      text: 'x',
      ratio: 1.5,
      flag: false,
      missing: null,
      absent: null,
      big: 10,
    });
    // Keys keep their order (answers are compared byte for byte by caches and tests).
    expect(Object.keys(toPlain(row) as object)).toEqual(Object.keys(row));
  });

  it('keeps labels, type and properties of nodes and relationships, never internal ids', () => {
    const node = new neo4j.types.Node(neo4j.int(7), ['Actor'], { id: 'coe', founded: neo4j.int(1949) }, '4:x:7');
    const relationship = new neo4j.types.Relationship(
      neo4j.int(1),
      neo4j.int(7),
      neo4j.int(8),
      'MEMBER_OF',
      { since: neo4j.int(1995) },
      '5:x:1',
      '4:x:7',
      '4:x:8',
    );
    expect(toPlain(node)).toEqual({ labels: ['Actor'], properties: { id: 'coe', founded: 1949 } });
    expect(toPlain(relationship)).toEqual({ type: 'MEMBER_OF', properties: { since: 1995 } });
    // A map without a prototype is still a map.
    expect(toPlain(Object.assign(Object.create(null) as object, { n: neo4j.int(3) }))).toEqual({ n: 3 });
  });
});
