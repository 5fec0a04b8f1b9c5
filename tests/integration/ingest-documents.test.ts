import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { documentReport, documentResponse } from '../../api/src/contract/documents.js';
import { sha256 } from '../../api/src/ingest/document.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { seededForFile } from '../support/db.js';
import { rows } from '../fixtures/import/graph-snapshot.js';
import { asHtml, asPlainText, ENGLISH, FRENCH } from '../fixtures/ingest/texts.js';

/** POST /api/documents over the real app and a real Neo4j: Source + passages written, duplicates and bad input refused. */
const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/ingest');
const TOKEN = 'ingest-admin-token-0123456789';
const editor = { authorization: `Bearer ${TOKEN}` };
const file = seededForFile();
const savedMax = process.env.INGEST_MAX_BYTES;
let app: TestApp;

beforeAll(async () => {
  delete process.env.INGEST_MAX_BYTES;
  app = await startTestApp(file.db, { adminToken: TOKEN });
});

afterAll(async () => {
  await app.close();
  if (savedMax === undefined) delete process.env.INGEST_MAX_BYTES;
  else process.env.INGEST_MAX_BYTES = savedMax;
});

async function upload(
  target: TestApp,
  body: Uint8Array | string,
  query = '',
  headers: Record<string, string> = editor,
  type = 'application/octet-stream',
) {
  const response = await fetch(`${target.baseUrl}/api/documents${query}`, {
    method: 'POST',
    headers: { 'content-type': type, ...headers },
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

const errorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    source: z.string().optional(),
    reason: z.string().optional(),
    params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  }),
});

/**
 * Every node and relationship of the database as sorted text (labels or type, key, properties),
 * including technical nodes without an `id` (the auth module's :AppSecret), so "nothing written"
 * covers passages, proposals and suggestions too.
 */
async function snapshot(db: typeof file.db): Promise<string[]> {
  const all = await rows(
    db,
    `CALL () { MATCH (n) RETURN labels(n) AS name, coalesce(n.id, n.name, elementId(n)) AS key, properties(n) AS props
               UNION ALL MATCH ()-[r]->() RETURN [type(r)] AS name, coalesce(r.id, elementId(r)) AS key, properties(r) AS props }
     RETURN name, key, props`,
  );
  return all.map((row) => JSON.stringify([row.name, row.key, Object.entries(row.props as object).sort()])).sort();
}

async function passagesOf(id: string) {
  return file.db.read('ingest-document-passages', { id });
}

// Generous: pdf.js and the first gazetteer read are slow on a busy 2-core machine.
describe('POST /api/documents', { timeout: 240_000 }, () => {
  it('ingests a French PDF: one Source with its metadata, passages with pages and offsets, proposals stored', async () => {
    const bytes = readFileSync(path.join(fixtures, 'french.pdf'));
    const response = await upload(app, bytes, '?filename=french.pdf');
    expect(response.status).toBe(201);
    const report = documentReport.parse(response.body);
    expect(report.source).toMatchObject({ title: FRENCH.title, language: 'fr', format: 'pdf', pages: 2, content_sha256: sha256(bytes) });
    expect(await file.db.read('ingest-source-by-hash', { hash: sha256(bytes) })).toEqual([{ id: report.source.id }]);
    const passages = await passagesOf(report.source.id);
    expect(passages).toHaveLength(report.passages);
    // Every paragraph of the fixture is a passage of its own (PDF lines are joined with single spaces).
    const texts = passages.map((row) => String(row.text));
    for (const paragraph of FRENCH.paragraphs) expect(texts).toContain(paragraph.replace(/’/g, "'"));
    expect(new Set(passages.map((row) => row.page))).toEqual(new Set([1, 2]));
    // Offsets are consecutive spans of the document text (blocks joined by a blank line).
    passages.forEach((row, index) => {
      expect(Number(row.end) - Number(row.start)).toBe(String(row.text).length);
      if (index > 0) expect(Number(row.start)).toBe(Number(passages[index - 1]?.end) + 2);
    });
    // Each proposal hangs from its passage once, or as each suggestion it became (a new event and its facts).
    const stored = passages.reduce((sum, row) => sum + Number(row.proposals), 0);
    expect(stored).toBe(report.proposals.reduce((sum, proposal) => sum + Math.max(1, proposal.suggestions.length), 0));
    // A fact the graph holds becomes a provenance proposal, a new one a relationship proposal: checked
    // against the relationships in the database, not against the engine's own answer.
    const facts = report.proposals.filter((proposal) => proposal.kind === 'provenance' || proposal.kind === 'relationship');
    const held = new Set((await file.db.read('ingest-known-facts', { ids: facts.flatMap((fact) => [fact.from, fact.to]) })).map((row) => row.id));
    expect(facts.filter((fact) => fact.kind === 'provenance').length).toBeGreaterThan(0);
    expect(facts.filter((fact) => fact.kind === 'relationship').length).toBeGreaterThan(0);
    for (const fact of facts) expect(held.has(fact.relationshipId), String(fact.relationshipId)).toBe(fact.kind === 'provenance');
    for (const proposal of report.proposals) {
      expect(proposal.evidence.split(/\s+/).length).toBeLessThanOrEqual(12);
      // The quote is verbatim from its passage.
      expect(texts[proposal.passage - 1]).toContain(proposal.evidence);
    }
  });

  it('sends facts to the review queue by passage; the graph holds exactly the accepted ones, sourced to their passage', async () => {
    const bytes = readFileSync(path.join(fixtures, 'english.docx'));
    const response = await upload(app, bytes, '?filename=english.docx');
    expect(response.status).toBe(201);
    const report = documentReport.parse(response.body);
    const queued = report.proposals.filter((proposal) => proposal.queue === 'suggestion');
    expect(queued.length).toBeGreaterThanOrEqual(2);
    const open = await fetch(`${app.baseUrl}/api/suggestions?status=open&limit=500`, { headers: editor }).then(
      (r) => r.json() as Promise<{ suggestions: { id: string }[] }>,
    );
    const openIds = new Set(open.suggestions.map((suggestion) => suggestion.id));
    for (const id of queued.flatMap((proposal) => proposal.suggestions)) expect(openIds.has(id), id).toBe(true);
    // Grouped by document and passage: each suggestion hangs from its passage.
    const grouped = await rows(
      file.db,
      'MATCH (:Source {id: $source})-[:HAS_PASSAGE]->(p:Passage)-[:PROPOSES]->(s:Suggestion) RETURN s.id AS id, p.order AS passage, s.origin AS origin',
      { source: report.source.id },
    );
    // A proposal's own suggestion beside its passage; the facts of a new event's group beside the
    // passage that states them (each quotes its own words).
    const hanging = new Map(grouped.map((row) => [row.id, row.passage]));
    expect(new Set(hanging.keys())).toEqual(new Set(queued.flatMap((proposal) => proposal.suggestions)));
    for (const proposal of queued) expect(hanging.get(proposal.id), proposal.id).toBe(proposal.passage);
    const reader = documentResponse.parse(
      (await fetch(`${app.baseUrl}/api/documents/${report.source.id}`, { headers: editor }).then((r) => r.json())) as unknown,
    );
    for (const passage of reader.passages)
      for (const suggestion of passage.suggestions) expect(passage.text, suggestion.id).toContain(suggestion.provenance.evidence);
    for (const proposal of queued) expect(proposal.suggestions[0]).toBe(proposal.id);
    expect(new Set(grouped.map((row) => row.origin))).toEqual(new Set(['ingest']));

    const [accepted, rejected] = queued.filter((proposal) => proposal.kind === 'relationship');
    if (!accepted || !rejected) throw new Error('the English fixture should yield two new facts');
    const post = (url: string, body: unknown) =>
      fetch(`${app.baseUrl}${url}`, { method: 'POST', headers: { ...editor, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect((await post(`/api/suggestions/${accepted.id}/accept`, {})).status).toBe(200);
    expect((await post(`/api/suggestions/${rejected.id}/reject`, { reason: 'Not stated by the document.' })).status).toBe(200);
    const facts = async (proposal: typeof accepted) =>
      rows(
        file.db,
        'MATCH (a:Entity {id: $from})-[r]->(b:Entity {id: $to}) WHERE type(r) = $type RETURN r.sources AS sources, r.evidence AS evidence',
        {
          from: proposal.from,
          to: proposal.to,
          type: proposal.type,
        },
      );
    const [written] = await facts(accepted);
    const sources = written?.sources as string[];
    expect(sources).toContain(report.source.id);
    const quote = (written?.evidence as string[])[sources.indexOf(report.source.id)];
    expect(quote).toBe(accepted.evidence);
    // The quote leads to its passage inside Liaison.
    const passages = await passagesOf(report.source.id);
    expect(String(passages[accepted.passage - 1]?.text)).toContain(quote);
    expect(await facts(rejected)).toEqual([]);
  });

  it('refuses the same bytes again with 409 naming the existing Source, and writes nothing', async () => {
    const bytes = asPlainText(ENGLISH);
    const first = await upload(app, bytes, '?filename=english.txt');
    expect(first.status).toBe(201);
    const id = documentReport.parse(first.body).source.id;
    const before = await snapshot(file.db);
    const again = await upload(app, bytes, '?filename=copy.txt');
    expect(again.status).toBe(409);
    const error = errorBody.parse(again.body).error;
    expect(error.code).toBe('DUPLICATE_DOCUMENT');
    expect(error.source).toBe(id);
    // The explorer says it in the user's language from the reason and its params.
    expect(error).toMatchObject({ reason: 'duplicate', params: { source: id } });
    expect(await snapshot(file.db)).toEqual(before);
  });

  it('accepts pasted text as JSON with the editor’s metadata', async () => {
    const text = asHtml(FRENCH, 'fr').replace('Strasbourg, 17', 'Strasbourg, 18');
    const response = await upload(
      app,
      JSON.stringify({ text, title: 'Collé à la main', url: 'https://example.org/pasted' }),
      '',
      editor,
      'application/json',
    );
    expect(response.status).toBe(201);
    const report = documentReport.parse(response.body);
    expect(report.source).toMatchObject({ title: 'Collé à la main', url: 'https://example.org/pasted', format: 'html', language: 'fr' });
    expect(report.source.id).toMatch(/^doc-colle-a-la-main-[0-9a-f]{8}$/);
  });

  it('refuses bad input with one sentence and writes nothing', async () => {
    const before = await snapshot(file.db);
    // reason: what the explorer translates (a 400 from the contract names its field instead).
    const cases: { body: Uint8Array | string; status: number; code: string; reason?: string; type?: string }[] = [
      { body: readFileSync(path.join(fixtures, 'image-only.pdf')), status: 422, code: 'DOCUMENT_UNREADABLE', reason: 'pdf-no-text' },
      { body: readFileSync(path.join(fixtures, 'encrypted.pdf')), status: 422, code: 'DOCUMENT_UNREADABLE', reason: 'pdf-password' },
      { body: '%PDF-1.7\nnot really a pdf', status: 422, code: 'DOCUMENT_UNREADABLE', reason: 'pdf-unreadable' },
      {
        body: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
        status: 415,
        code: 'UNSUPPORTED_TYPE',
        reason: 'unsupported-type',
      },
      { body: '   \n\n  ', status: 422, code: 'DOCUMENT_UNREADABLE', reason: 'text-empty' },
      { body: '', status: 400, code: 'BAD_REQUEST', reason: 'body-empty', type: 'application/octet-stream' },
      { body: JSON.stringify({ text: '' }), status: 400, code: 'BAD_REQUEST', type: 'application/json' },
      { body: JSON.stringify({ text: 'Du texte.', language: 'de' }), status: 400, code: 'BAD_REQUEST', type: 'application/json' },
    ];
    for (const { body, status, code, reason, type } of cases) {
      const response = await upload(app, body, '', editor, type);
      expect(response.status, code).toBe(status);
      const error = errorBody.parse(response.body).error;
      expect(error.code).toBe(code);
      expect(error.reason, error.message).toBe(reason);
      // One sentence: ends with a full stop and holds no other sentence end.
      expect(error.message.trim().split(/[.!?]\s+\S/).length, error.message).toBe(1);
    }
    expect(await snapshot(file.db)).toEqual(before);
  });

  it('needs the editor role and refuses a file over INGEST_MAX_BYTES with 413', async () => {
    const anonymous = await upload(app, asPlainText(FRENCH), '', {});
    expect(anonymous.status).toBe(401);
    process.env.INGEST_MAX_BYTES = '200';
    const small = await startTestApp(file.db, { adminToken: TOKEN });
    try {
      const before = await snapshot(file.db);
      const response = await upload(small, asPlainText(FRENCH));
      expect(response.status).toBe(413);
      const error = errorBody.parse(response.body).error;
      expect(error.message).toMatch(/INGEST_MAX_BYTES/);
      expect(error).toMatchObject({ reason: 'too-large', params: { maxBytes: 200 } });
      expect(await snapshot(file.db)).toEqual(before);
    } finally {
      await small.close();
      delete process.env.INGEST_MAX_BYTES;
    }
  });
});
