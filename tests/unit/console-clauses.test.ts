import { describe, expect, it } from 'vitest';
import { clauseRefusal } from '../../api/src/explore/console-clauses.js';
import { tokenize } from '../../api/src/explore/console-tokens.js';

const refusal = (cypher: string) => clauseRefusal(tokenize(cypher));

describe('clauses the console refuses from the text alone', () => {
  it('finds writes, file access, administration and procedures outside the allow-list', () => {
    const refused: [string, RegExp][] = [
      ['CREATE (n:Intruder) RETURN n', /CREATE is not allowed/],
      ["MERGE (n:Entity {id: 'intruder'})", /MERGE/],
      ["MATCH (n:Actor) SET n.x = 'pwned'", /SET/],
      ['MATCH (n:Actor) WITH n LIMIT 1 SET n:Intruder', /SET/],
      ['MATCH (n:Actor) SET n += {x: 1}', /SET/],
      ['MATCH (n:Topic) DETACH DELETE n', /DELETE/],
      ['MATCH ()-[r]->() WITH r LIMIT 1 DELETE r', /DELETE/],
      ['MATCH (n:Actor) REMOVE n.name_en', /REMOVE/],
      ['MATCH (n:Actor) REMOVE n:Actor', /REMOVE/],
      ['FOREACH (i IN range(1, 3) | CREATE (:Intruder))', /FOREACH/],
      ['MATCH (n:Actor) CALL (n) { SET n.x = 1 } RETURN count(*)', /SET/],
      ['MATCH (n:Actor) WITH n LIMIT 1 CALL (n) { CREATE (:Intruder) } IN TRANSACTIONS RETURN 1', /CREATE/],
      ['/* harmless */ cReAtE (:Intruder)', /CREATE/],
      ['MATCH (n) WHERE false\nCREATE (:Intruder)', /CREATE/],
      ["LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", /LOAD CSV/],
      ["CALL db.createLabel('Intruder')", /procedure db\.createLabel is not allowed/],
      ['CALL dbms.components()', /dbms\.components/],
      ["CALL db.index.fulltext.queryNodes('entity_names', 'coe') YIELD node RETURN node", /db\.index\.fulltext\.queryNodes/],
      ['SHOW USERS', /SHOW USERS/],
      ["CREATE USER intruder SET PASSWORD 'intruder-password'", /CREATE USER/],
      ['DROP DATABASE neo4j', /DROP DATABASE/],
      ['GRANT ROLE admin TO neo4j', /GRANT ROLE/],
      ['CREATE INDEX intruder IF NOT EXISTS FOR (n:Actor) ON (n.x)', /CREATE INDEX/],
      ["TERMINATE TRANSACTIONS 'neo4j-transaction-1'", /TERMINATE TRANSACTIONS/],
    ];
    for (const [cypher, sentence] of refused) expect(refusal(cypher), cypher).toMatch(sentence);
  });

  it('leaves reads alone, also where a variable, property, label or map key is spelled like a clause', () => {
    const reads = [
      'MATCH (a:Actor) RETURN a.id AS id, a.name_en AS name ORDER BY id',
      'MATCH (set:Actor) RETURN set.name_en AS create',
      'WITH 1 AS delete RETURN delete, delete + 1 AS remove',
      'UNWIND [1, 2] AS set RETURN set ORDER BY set DESC',
      'WITH [1] AS remove RETURN remove[0] AS first',
      'RETURN {create: 1, set: 2, merge: 3, delete: 4} AS m',
      "MATCH (n:Actor) WHERE n.set = 'CREATE (x)' RETURN n // DELETE n",
      'MATCH (n)-[:SET]->(m:Create) RETURN count(*) AS delete',
      'MATCH (n) RETURN n {.set, .create, remove: n.x} AS m',
      'MATCH (n) WITH n AS merge MATCH (merge)-->(m) RETURN m.load AS load, m.csv',
      'WITH 1 AS show RETURN show',
      'CALL db.labels() YIELD label RETURN label',
      'CALL db.schema.visualization()',
      'CALL `db`.`labels`() YIELD label RETURN label',
      'CALL { MATCH (n) RETURN count(n) AS c } RETURN c',
      'MATCH (n) WHERE NOT set OR n.x IS NULL RETURN DISTINCT set',
      'RETURN `create` + `set` AS x',
      'RETURN 1 AS x UNION RETURN 2 AS x',
    ];
    for (const cypher of reads) expect(refusal(cypher), cypher).toBeNull();
  });
});
