import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../api/src/auth/actor.js';
import { rows } from '../fixtures/import/graph-snapshot.js';
import { request, startTestApp, type TestApp } from '../support/app.js';
import { Browser, makeAccount, removeAuthData } from '../support/auth.js';
import { seededForFile } from '../support/db.js';

/**
 * Every curation write route × every role (issue 14): anonymous 401, viewer 403 (but suggestions),
 * editor and admin succeed — each privileged role runs a real sequence of writes over a session
 * cookie with its CSRF token, so "allowed" means a 2xx, not merely "not refused".
 */
const file = seededForFile();
let app: TestApp;
const browsers = {} as Record<Role, Browser>;
const enc = encodeURIComponent;
/** Minutes of argon2 and writes on a loaded 2-core machine. */
const SLOW = 600_000;

beforeAll(async () => {
  app = await startTestApp(file.db);
  for (const role of ['viewer', 'editor', 'admin'] as const) {
    const account = await makeAccount(file.db, role);
    browsers[role] = new Browser(app.baseUrl);
    expect((await browsers[role].signIn(account.name, account.password)).status).toBe(200);
  }
}, SLOW);

afterAll(async () => {
  await app?.close();
  await removeAuthData(file.db);
});

/** A seeded fact citing a document, whose source and evidence a new fact may cite too. */
function citedDocument(except?: string): { source: string; evidence: string } {
  const documents = new Set(file.graph.nodes.filter((n) => n.label === 'Source' && n.properties.kind === 'document').map((n) => n.id));
  for (const rel of file.graph.relationships) {
    const sources = (rel.properties.sources ?? []) as string[];
    const evidence = rel.properties.evidence as string | string[] | undefined;
    const quote = Array.isArray(evidence) ? evidence[0] : evidence;
    if (sources[0] && sources[0] !== except && documents.has(sources[0]) && quote) return { source: sources[0], evidence: quote };
  }
  throw new Error('no seeded fact cites a document with evidence');
}

async function nodeVersion(id: string): Promise<number> {
  const [row] = await rows(file.db, 'MATCH (n:Entity {id: $id}) RETURN coalesce(n.version, 0) AS v', { id });
  return Number(row?.v);
}
async function relationshipVersion(id: string): Promise<number> {
  const [row] = await rows(file.db, 'MATCH ()-[r {id: $id}]->() RETURN coalesce(r.version, 0) AS v', { id });
  return Number(row?.v);
}

/** The write routes, as tested: method, path pattern, the lowest role allowed. */
const WRITE_ROUTES: [string, string, Role][] = [
  ['POST', '/api/entities', 'editor'],
  ['PATCH', '/api/entities/:id', 'editor'],
  ['DELETE', '/api/entities/:id', 'editor'],
  ['POST', '/api/entities/:id/restore', 'editor'],
  ['POST', '/api/entities/:id/merge', 'editor'],
  ['POST', '/api/relationships', 'editor'],
  ['PATCH', '/api/relationships/:id', 'editor'],
  ['DELETE', '/api/relationships/:id', 'editor'],
  ['POST', '/api/relationships/:id/restore', 'editor'],
  ['POST', '/api/relationships/:id/provenance', 'editor'],
  ['POST', '/api/changes/:id/revert', 'editor'],
  ['POST', '/api/suggestions', 'viewer'],
  ['GET', '/api/suggestions', 'editor'],
  ['POST', '/api/suggestions/:id/accept', 'editor'],
  ['POST', '/api/suggestions/:id/reject', 'editor'],
];

const concrete = (path: string) => path.replace(':id', 'greta');

describe('refusals: anonymous 401, viewer 403, on every write route; nothing written', () => {
  it(
    'each route',
    async () => {
      const [before] = await rows(file.db, 'MATCH (c:Change) RETURN count(c) AS n');
      for (const [method, path, lowest] of WRITE_ROUTES) {
        const anonymous = await request(app.baseUrl, concrete(path), { method, body: method === 'GET' ? undefined : {} });
        expect(anonymous.status, `anonymous ${method} ${path}`).toBe(401);
        if (lowest !== 'viewer') {
          const viewer = await browsers.viewer.send(concrete(path), { method, body: method === 'GET' ? undefined : {} });
          expect(viewer.status, `viewer ${method} ${path}`).toBe(403);
          expect(viewer.body.error.code).toBe('FORBIDDEN');
        }
      }
      const [after] = await rows(file.db, 'MATCH (c:Change) RETURN count(c) AS n');
      expect(after?.n).toEqual(before?.n);
    },
    SLOW,
  );
});

describe('a viewer may suggest', () => {
  it(
    'POST /api/suggestions as viewer: 201',
    async () => {
      const suggested = await browsers.viewer.send('/api/suggestions', {
        body: {
          change: { action: 'update-entity', id: 'osce', body: { version: await nodeVersion('osce'), set: { description: 'A viewer suggests.' } } },
          provenance: citedDocument(),
        },
      });
      expect(suggested.status, JSON.stringify(suggested.body)).toBe(201);
    },
    SLOW,
  );
});

for (const role of ['editor', 'admin'] as const) {
  describe(`${role}: every write route succeeds`, () => {
    it(
      'the whole sequence',
      async () => {
        const as = browsers[role];
        const ok = (answer: { status: number; body: unknown }, what: string, status = 200) => {
          expect(answer.status, `${role} ${what}: ${JSON.stringify(answer.body)}`).toBe(status);
          return answer.body as { node: { id: string }; relationship: { id: string }; suggestion: { id: string }; changeId: string };
        };
        const tag = `${role} ${Math.random().toString(36).slice(2, 7)}`;
        const topic = (name: string) => ({ label: 'Topic', properties: { name_en: `Roles ${name} ${tag}` } });
        const a = ok(await as.send('/api/entities', { body: topic('kept') }), 'POST /api/entities', 201).node.id as string;
        const b = ok(await as.send('/api/entities', { body: topic('merged') }), 'POST /api/entities', 201).node.id as string;
        ok(
          await as.send(`/api/entities/${enc(a)}`, { method: 'PATCH', body: { version: await nodeVersion(a), set: { description: 'edited' } } }),
          'PATCH /api/entities/:id',
        );

        const event = file.graph.nodes.find((n) => n.label === 'Event')!.id;
        const cited = citedDocument();
        const rel = ok(
          await as.send('/api/relationships', { body: { type: 'ADDRESSES', from: event, to: a, provenance: cited } }),
          'POST /api/relationships',
          201,
        ).relationship.id as string;
        ok(
          await as.send(`/api/relationships/${enc(rel)}`, {
            method: 'PATCH',
            body: { version: await relationshipVersion(rel), set: { note: 'edited' } },
          }),
          'PATCH /api/relationships/:id',
        );
        // A second document stating the same fact (a reference source would need the URL of its row).
        const other = citedDocument(cited.source);
        ok(
          await as.send(`/api/relationships/${enc(rel)}/provenance`, {
            body: { version: await relationshipVersion(rel), provenance: other },
          }),
          'POST /api/relationships/:id/provenance',
        );
        ok(
          await as.send(`/api/relationships/${enc(rel)}`, {
            method: 'DELETE',
            body: { version: await relationshipVersion(rel), reason: 'roles test' },
          }),
          'DELETE /api/relationships/:id',
        );
        ok(await as.send(`/api/relationships/${enc(rel)}/restore`, { body: {} }), 'POST /api/relationships/:id/restore');

        ok(
          await as.send(`/api/entities/${enc(b)}/merge`, { body: { into: a, version: await nodeVersion(b), intoVersion: await nodeVersion(a) } }),
          'POST /api/entities/:id/merge',
        );
        ok(
          await as.send(`/api/entities/${enc(a)}`, { method: 'DELETE', body: { version: await nodeVersion(a), reason: 'roles test' } }),
          'DELETE /api/entities/:id',
        );
        ok(await as.send(`/api/entities/${enc(a)}/restore`, { body: {} }), 'POST /api/entities/:id/restore');

        const edit = ok(
          await as.send(`/api/entities/${enc(a)}`, { method: 'PATCH', body: { version: await nodeVersion(a), set: { description: 'to revert' } } }),
          'PATCH /api/entities/:id',
        );
        ok(await as.send(`/api/changes/${enc(edit.changeId as string)}/revert`, { body: {} }), 'POST /api/changes/:id/revert');

        const suggest = async () =>
          ok(
            await as.send('/api/suggestions', {
              body: {
                change: { action: 'update-entity', id: a, body: { version: await nodeVersion(a), set: { description: 'suggested' } } },
                provenance: cited,
              },
            }),
            'POST /api/suggestions',
            201,
          ).suggestion.id as string;
        const first = await suggest();
        ok(await as.send('/api/suggestions?status=open'), 'GET /api/suggestions');
        ok(await as.send(`/api/suggestions/${enc(first)}/accept`, { body: {} }), 'POST /api/suggestions/:id/accept');
        const second = await suggest();
        ok(await as.send(`/api/suggestions/${enc(second)}/reject`, { body: { reason: 'roles test' } }), 'POST /api/suggestions/:id/reject');

        // Every change names this account and the path it came through.
        const changes = await rows(file.db, 'MATCH (c:Change) WHERE c.element_id IN [$a, $b, $rel] RETURN DISTINCT c.via AS via, c.role AS role', {
          a,
          b,
          rel,
        });
        expect(changes.map((c) => c.via)).toEqual(['ui']);
        expect(changes.map((c) => c.role)).toEqual([role]);
      },
      SLOW,
    );
  });
}
