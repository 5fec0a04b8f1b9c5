import { createServer, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../api/src/db/driver.js';
import { request, startTestApp, type TestApp } from '../support/app.js';
import { testDatabase } from '../support/db.js';

/**
 * Text the console refuses anyway costs no database round trip: not the plan, not the account
 * check. The proof is a database that cannot be reached: such text still gets its 400, while a
 * statement that needs Neo4j gets 503. (Before, the account check read Neo4j first: every console
 * request needed it, and one got a 503 at load 40 for text it would have refused.)
 */
let db: Database;
let app: TestApp;

/** A loopback port nobody listens on: connections to it are refused. */
async function closedPort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

beforeAll(async () => {
  const reachable = testDatabase();
  const config = reachable.config;
  await reachable.close();
  db = new Database({ ...config, uri: `bolt://127.0.0.1:${await closedPort()}` });
  app = await startTestApp(db);
});

afterAll(async () => {
  await app?.close();
  await db?.close();
});

const consoleQuery = (cypher: string) => request(app.baseUrl, '/api/query', { method: 'POST', body: { cypher } });

describe('the console with Neo4j out of reach', () => {
  it('answers 400 with a sentence for text it refuses anyway, and 503 for a read', async () => {
    const refused: [string, RegExp][] = [
      ["MATCH (n:Actor) SET n.x = 'pwned'", /read-only: SET/],
      ['CREATE (n:Intruder) RETURN n', /read-only: CREATE/],
      ['MATCH (n:Topic) DETACH DELETE n', /read-only: DELETE/],
      ["LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row", /LOAD CSV/],
      ['CALL dbms.components()', /procedure dbms\.components is not allowed/],
      ['SHOW TRANSACTIONS', /SHOW TRANSACTIONS/],
      ['EXPLAIN MATCH (n) RETURN n', /EXPLAIN and PROFILE/],
      ['RETURN reduce(s = 0, x IN range(1, 100000000) | s + x) AS n', /may hold at most/],
      [`WITH 2 AS s RETURN ${Array(250).fill('s').join(' * ')} AS n`, /chains 249 operators/],
      [`WITH 1 AS s RETURN ${'['.repeat(250)}s${']'.repeat(250)} AS n`, /nests 250 levels/],
      ['RETURN size(range(1, 100000000) + [0]) AS n', /would grow too large/],
    ];
    for (const [cypher, sentence] of refused) {
      const response = await consoleQuery(cypher);
      expect(response.status, `${cypher.slice(0, 60)}: ${JSON.stringify(response.body).slice(0, 200)}`).toBe(400);
      expect(response.body.error.field, cypher).toBe('cypher');
      expect(response.body.error.message, cypher).toMatch(sentence);
    }
    // The same app cannot run anything that needs Neo4j: the answers above came without it.
    const read = await consoleQuery('MATCH (n) RETURN count(n) AS n');
    expect(read.status, JSON.stringify(read.body)).toBe(503);
  });
});
