import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../api/src/app.js';
import { CONSOLE_ROW_CAP } from '../../api/src/contract/query.js';
import { request } from '../support/app.js';
import { exploreContext } from './explore/setup.js';

const ctx = exploreContext();

/** Everything a write could touch: counts, labels, property keys, indexes, constraints. */
async function snapshot() {
  const [counts] = await ctx.cypher(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels',
  );
  const labels = await ctx.cypher('CALL db.labels() YIELD label RETURN label ORDER BY label');
  const keys = await ctx.cypher('CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey ORDER BY propertyKey');
  const indexes = await ctx.cypher('SHOW INDEXES YIELD name RETURN name ORDER BY name');
  const constraints = await ctx.cypher('SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name');
  const checksum = await ctx.cypher('MATCH (n) RETURN sum(size(keys(n))) AS k, collect(DISTINCT n.x) AS x');
  return JSON.stringify({ counts, labels, keys, indexes, constraints, checksum });
}

const console = (cypher: string, params?: Record<string, unknown>) => ctx.post('/api/query', params ? { cypher, params } : { cypher });

describe('POST /api/query', () => {
  it('runs a read query and returns columns and rows', async () => {
    const { status, body } = await console('MATCH (a:Actor) RETURN a.id AS id, a.name_en AS name ORDER BY id');
    expect(status).toBe(200);
    expect(body.columns).toEqual(['id', 'name']);
    const actors = ctx.seed.graph.nodes.filter((node) => node.label === 'Actor').sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(body.rows).toEqual(actors.map((actor) => [actor.id, actor.properties.name_en ?? null]));
    expect(body.truncated).toBe(false);
  });

  it('passes parameters and returns nodes as labels and properties', async () => {
    const node = ctx.seed.busiest(() => true);
    const { body } = await console('MATCH (n:Entity {id: $id}) RETURN n, $limit + 1 AS next', { id: node.id, limit: 2 });
    expect(body.rows[0][0].properties).toEqual(node.properties);
    expect(body.rows[0][0].labels).toContain(node.label);
    expect(body.rows[0][1]).toBe(3);
  });

  it(`caps the rows at ${CONSOLE_ROW_CAP}`, async () => {
    const { body } = await console('UNWIND range(1, 5000) AS i RETURN i');
    expect(body.rows).toHaveLength(CONSOLE_ROW_CAP);
    expect(body.rows.at(-1)).toEqual([CONSOLE_ROW_CAP]);
    expect(body.truncated).toBe(true);
  });

  it('allows the schema procedures of the allow-list', async () => {
    for (const cypher of [
      'CALL db.labels()',
      'CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType',
      'CALL db.propertyKeys()',
      'CALL db.schema.visualization()',
      'CALL db.schema.nodeTypeProperties()',
      'CALL db.schema.relTypeProperties()',
    ]) {
      const response = await console(cypher);
      expect(response.status, cypher).toBe(200);
      expect(response.body.rows.length, cypher).toBeGreaterThan(0);
    }
  });

  it('refuses writes, file and URL access, administration and other procedures, and changes nothing', async () => {
    const before = await snapshot();
    const refused = [
      'CREATE (n:Intruder) RETURN n',
      "MERGE (n:Entity {id: 'intruder'})",
      "MATCH (n:Actor) SET n.x = 'pwned'",
      'MATCH (n:Actor) WITH n LIMIT 1 SET n:Intruder',
      'MATCH (n:Topic) DETACH DELETE n',
      'MATCH ()-[r]->() WITH r LIMIT 1 DELETE r',
      'MATCH (n:Actor) REMOVE n.name_en',
      'MATCH (n:Actor) REMOVE n:Actor',
      'FOREACH (i IN range(1, 3) | CREATE (:Intruder))',
      'MATCH (n:Actor) CALL (n) { SET n.x = 1 } RETURN count(*)',
      'MATCH (n:Actor) WITH n LIMIT 1 CALL (n) { CREATE (:Intruder) } IN TRANSACTIONS RETURN 1',
      '/* harmless */ cReAtE (:Intruder)',
      'MATCH (n) WHERE false\nCREATE (:Intruder)',
      "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
      "LOAD CSV WITH HEADERS FROM 'http://127.0.0.1:1/x.csv' AS row RETURN row",
      "CALL db.createLabel('Intruder')",
      "CALL db.createProperty('x')",
      'CALL dbms.components()',
      'CALL dbms.listConfig()',
      "CALL db.index.fulltext.queryNodes('entity_names', 'coe') YIELD node RETURN node",
      'SHOW USERS',
      'SHOW DATABASES',
      "CREATE USER intruder SET PASSWORD 'intruder-password'",
      'CREATE DATABASE intruder',
      'DROP DATABASE neo4j',
      'GRANT ROLE admin TO neo4j',
      'CREATE INDEX intruder IF NOT EXISTS FOR (n:Actor) ON (n.x)',
      'DROP INDEX entity_names',
      'DROP CONSTRAINT entity_id',
      'SHOW TRANSACTIONS',
      "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
      'SHOW PROCEDURES',
      'EXPLAIN MATCH (n) RETURN n',
      'PROFILE MATCH (n) RETURN n',
    ];
    for (const cypher of refused) {
      const response = await console(cypher);
      expect(response.status, cypher).toBeGreaterThanOrEqual(400);
      expect(response.status, cypher).toBeLessThan(500);
      expect(response.body.error.field, cypher).toBe('cypher');
    }
    expect(await snapshot()).toBe(before);
  });

  it("returns the driver's message for a syntax error, about the user's own text", async () => {
    const response = await console('MATCH (n:Actor RETURN n');
    expect(response.status).toBe(400);
    expect(response.body.error.field).toBe('cypher');
    expect(response.body.error.message).toMatch(/Invalid input/);
    expect(response.body.error.message).not.toMatch(/EXPLAIN/);
    expect(response.body.error.message).toContain('"MATCH (n:Actor RETURN n"');
  });

  it('names params for a missing parameter and refuses malformed bodies', async () => {
    const missing = await console('RETURN $who AS who');
    expect(missing.status).toBe(400);
    expect(missing.body.error.field).toBe('params');
    for (const [body, field] of [
      [{}, 'cypher'],
      [{ cypher: '' }, 'cypher'],
      [{ cypher: 'RETURN 1', params: [1] }, 'params'],
      [{ cypher: 'RETURN 1', timeout: 1 }, 'timeout'],
      ['not json', 'body'],
      [[1], 'body'],
    ] as const) {
      const response = await ctx.post('/api/query', body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.error.field, JSON.stringify(body)).toBe(field);
    }
  });

  it('does not exist when the console is switched off', async () => {
    const app = createApp({ db: ctx.db, logger: pino({ level: 'silent' }), queryConsole: false });
    const server = app.listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    try {
      const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const response = await request(baseUrl, '/api/query', { method: 'POST', body: { cypher: 'RETURN 1' } });
      expect(response.status).toBe(404);
      expect((await request(baseUrl, '/api/search?q=coe')).status).toBe(200);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
