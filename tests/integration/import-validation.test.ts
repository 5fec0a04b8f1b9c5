import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../api/src/db/driver.js';
import { importDocument } from '../../api/src/import/import.js';
import { ImportValidationError, type ImportIssue } from '../../api/src/import/issues.js';
import { readImportFiles, type ImportFile } from '../../api/src/import/read.js';
import { seededForFile } from '../support/db.js';
import { importFixtures, snapshot, type Snapshot } from '../fixtures/import/graph-snapshot.js';

let db: Database;
let before: Snapshot;

function file(name: string): ImportFile {
  return { name, bytes: readFileSync(path.join(importFixtures, name)) };
}

/** Imports, expecting a validation failure; returns every issue. */
async function issuesOf(files: ImportFile[]): Promise<ImportIssue[]> {
  const error = await importDocument(db, readImportFiles(files)).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ImportValidationError);
  return (error as ImportValidationError).issues;
}

type IssueQuery = Partial<Omit<ImportIssue, 'message'>> & { message?: RegExp | string };

function find(issues: ImportIssue[], where: IssueQuery): ImportIssue | undefined {
  return issues.find(
    (issue) =>
      (where.file === undefined || issue.file === where.file) &&
      (where.field === undefined || issue.field === where.field) &&
      (where.line === undefined || issue.line === where.line) &&
      (where.entry === undefined || issue.entry.includes(where.entry)) &&
      (where.message === undefined ||
        (typeof where.message === 'string' ? issue.message.includes(where.message) : where.message.test(issue.message))),
  );
}

const seeded = seededForFile({ snapshot: true });
beforeAll(() => ({ db, before } = seeded));

describe('a bad import writes nothing and explains itself', () => {
  it('seed format: every issue at once, each naming file, entry and field; the database is unchanged', async () => {
    const issues = await issuesOf([file('invalid-seed.json')]);
    const expected: [IssueQuery, string][] = [
      [{ entry: 'nodes[0] (fixture-unknown-label)', field: 'label', message: 'unknown label "Organisation"' }, 'unknown label'],
      [{ entry: 'nodes[1]', field: 'id', message: /expected string/ }, 'missing id'],
      [{ entry: 'nodes[2] (event-2021-fixture-bad-date)', field: 'start', message: 'ISO date' }, 'impossible date'],
      [
        { entry: 'nodes[3] (greta)', field: 'label', message: 'already a Actor node in the database, not a Programme' },
        'label clash with the database',
      ],
      [{ entry: 'relationships[0]', field: 'type', message: 'unknown relationship type "KNOWS"' }, 'unknown type'],
      [
        { entry: 'relationships[1]', field: 'to', message: 'unknown node id "fixture-nowhere": not in the file, nor in the database' },
        'dangling endpoint',
      ],
      [
        { entry: 'relationships[2]', field: 'evidence', message: 'is required for a relationship taken from the document' },
        'document without evidence',
      ],
      [
        { entry: 'relationships[3]', field: 'source_url', message: 'is required for a relationship taken from the reference table' },
        'reference without source_url',
      ],
      [{ entry: 'relationships[4]', field: 'date', message: 'ISO date' }, 'bad relationship date'],
    ];
    for (const [where, what] of expected)
      expect(find(issues, { file: 'invalid-seed.json', ...where }), `${what}: ${JSON.stringify(issues, null, 1)}`).toBeDefined();
    expect(issues.every((issue) => issue.file && issue.entry && issue.field && issue.message)).toBe(true);
    expect(await snapshot(db)).toEqual(before);
  });

  it('a dangling source is found once the statement is otherwise valid', async () => {
    const document = readImportFiles([
      {
        name: 'dangling-source.json',
        json: {
          relationships: [{ type: 'CO_ORGANISED', from: 'osce', to: 'coe', source: 'doc-fixture-missing', evidence: 'organisé avec le Conseil' }],
        },
      },
    ]);
    const error = await importDocument(db, document).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ImportValidationError);
    expect((error as ImportValidationError).issues).toEqual([
      expect.objectContaining({
        file: 'dangling-source.json',
        field: 'sources',
        message: expect.stringContaining('unknown source "doc-fixture-missing"'),
      }),
    ]);
    expect(await snapshot(db)).toEqual(before);
  });

  it('CSV: issues name the file and the line', async () => {
    const issues = await issuesOf([file('invalid-csv/nodes.csv'), file('invalid-csv/edges.csv')]);
    const nodes = 'invalid-csv/nodes.csv';
    const edges = 'invalid-csv/edges.csv';
    expect(find(issues, { file: nodes, line: 3, field: 'label', message: 'unknown label "Organisation"' })).toBeDefined();
    expect(find(issues, { file: nodes, line: 4, field: 'online', message: '"maybe" is not true or false' })).toBeDefined();
    expect(find(issues, { file: nodes, line: 4, field: 'start' })).toBeDefined();
    expect(find(issues, { file: edges, line: 2, field: 'to', message: 'unknown node id "fixture-nowhere"' })).toBeDefined();
    expect(find(issues, { file: edges, line: 3, field: 'date', message: 'ISO date' })).toBeDefined();
    expect(find(issues, { file: edges, line: 4, field: 'sources', message: 'at least one source' })).toBeDefined();
    expect(find(issues, { file: edges, line: 5, field: 'id', message: 'does not match' })).toBeDefined();
    // The valid actor on line 2 is reported nowhere, and written nowhere.
    expect(issues.some((issue) => issue.file === nodes && issue.line === 2)).toBe(false);
    expect(await snapshot(db)).toEqual(before);
  });

  it('GraphML: issues name the element and its line', async () => {
    const graphml = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
      '  <key id="labels" for="node" attr.name="labels" attr.type="string"/>',
      '  <key id="name_en" for="node" attr.name="name_en" attr.type="string"/>',
      '  <key id="kind" for="node" attr.name="kind" attr.type="string"/>',
      '  <key id="online" for="node" attr.name="online" attr.type="boolean"/>',
      '  <key id="aliases" for="node" attr.name="aliases" attr.type="string" attr.list="string"/>',
      '  <key id="type" for="edge" attr.name="type" attr.type="string"/>',
      '  <graph edgedefault="directed">',
      '    <node id="fixture-graphml-actor"><data key="labels">Actor</data><data key="name_en">Valid</data><data key="kind">NGO</data></node>',
      '    <node id="fixture-graphml-bad"><data key="labels">Actor</data><data key="kind">NGO</data><data key="aliases">not a list</data></node>',
      '    <node id="event-2020-fixture-graphml"><data key="labels">Event</data><data key="name_en">E</data><data key="kind">meeting</data><data key="online">yes</data><data key="start">2020</data></node>',
      '    <edge id="e1" source="fixture-graphml-actor" target="greta"><data key="type">COOPERATES_WITH</data></edge>',
      '  </graph>',
      '</graphml>',
    ].join('\n');
    const issues = await issuesOf([{ name: 'bad.graphml', bytes: Buffer.from(graphml) }]);
    expect(find(issues, { file: 'bad.graphml', line: 11, field: 'aliases', message: 'JSON array' })).toBeDefined();
    expect(find(issues, { file: 'bad.graphml', line: 11, field: 'name_en', message: 'name_en or name_fr is required' })).toBeDefined();
    expect(find(issues, { file: 'bad.graphml', line: 12, field: 'online', message: '"yes" is not true or false' })).toBeDefined();
    expect(find(issues, { file: 'bad.graphml', line: 13, field: 'id', message: 'does not match' })).toBeDefined();
    expect(find(issues, { file: 'bad.graphml', line: 13, field: 'sources' })).toBeDefined();
    expect(await snapshot(db)).toEqual(before);
  });

  it('malformed files: the parser error is located', async () => {
    const xml = await issuesOf([{ name: 'broken.graphml', bytes: Buffer.from('<graphml>\n<graph>\n<node id="a">\n</graph>') }]);
    expect(xml[0]).toMatchObject({ file: 'broken.graphml', field: '(file)', message: expect.stringContaining('not valid XML') });
    expect(xml[0]?.line).toBeGreaterThan(1);
    const lines = await issuesOf([
      { name: 'broken.jsonl', bytes: Buffer.from('{"kind":"node","id":"x","labels":["Topic"],"properties":{"name_en":"X"}}\n{not json}\n') },
    ]);
    expect(find(lines, { file: 'broken.jsonl', line: 2, message: 'not valid JSON' })).toBeDefined();
    const json = await issuesOf([{ name: 'broken.json', bytes: Buffer.from('{"nodes": [') }]);
    expect(json[0]).toMatchObject({ file: 'broken.json', message: expect.stringContaining('not valid JSON') });
    expect(await snapshot(db)).toEqual(before);
  });

  it('the same file, made valid, imports (the failures above were about the data, not the path)', async () => {
    const report = await importDocument(
      db,
      readImportFiles([
        {
          name: 'valid.json',
          json: {
            nodes: [{ label: 'Actor', id: 'fixture-valid-actor', kind: 'NGO', name_en: 'A valid actor' }],
            relationships: [
              {
                type: 'COOPERATES_WITH',
                from: 'fixture-valid-actor',
                to: 'greta',
                source: 'doc-coe-annual-meeting-2021',
                evidence: 'coopère avec le GRETA',
              },
            ],
          },
        },
      ]),
    );
    expect(report.nodes.created).toBe(1);
    expect(report.relationships.created).toBe(1);
    expect((await snapshot(db)).nodes.length).toBe(before.nodes.length + 1);
  });
});
