import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from '../../api/src/contract/graph.js';
import { FORMAT_WRITERS } from '../../api/src/export/formats/index.js';
import { cypherName, cypherString, cypherValue } from '../../api/src/export/formats/cypher.js';
import { gexfList } from '../../api/src/export/formats/gexf.js';
import { gephiCell, gephiInterval } from '../../api/src/export/formats/gephi-csv.js';
import { edgeSpell, firstDay, lastDay, nodeSpell } from '../../api/src/export/formats/time.js';
import { caption, edgeKind } from '../../api/src/export/properties.js';
import { keyType } from '../../api/src/export/properties.js';
import { MemorySink } from '../../api/src/export/sink.js';
import { subgraphOf } from '../../api/src/export/subgraph.js';
import { parseCsvZip, parseCytoscapeJson, parseGexf, parseGraphml, parseJsonLines, plain } from '../fixtures/import/parse-exports.js';

const meta = { generatedAt: new Date('2025-01-02T03:04:05Z'), selection: 'test' };

async function write(format: keyof typeof FORMAT_WRITERS, graph: { nodes: GraphNode[]; edges: GraphEdge[] }): Promise<MemorySink> {
  const sink = new MemorySink();
  await FORMAT_WRITERS[format].write(subgraphOf(graph), sink, meta);
  return sink;
}

const tricky = [
  '',
  ' leading and trailing ',
  'comma, semicolon; pipe | bracket ] [',
  'quote " apostrophe \' backslash \\ and \\n literally',
  'line\nbreak\r\nand\ttab',
  'العربية русский 中文 😀',
  '<tag attr="x">&amp;</tag>',
];

const graph: { nodes: GraphNode[]; edges: GraphEdge[] } = {
  nodes: [
    { id: 'a', labels: ['Actor'], properties: { id: 'a', name_en: 'A', aliases: tricky, online: true, participants: 12 } },
    { id: 'b', labels: ['Topic'], properties: { id: 'b', name_en: tricky[4]!, aliases: [] } },
  ],
  edges: [
    {
      id: 'a|ADDRESSES|b',
      type: 'ADDRESSES',
      source: 'a',
      target: 'b',
      properties: { id: 'a|ADDRESSES|b', sources: ['doc-x'], evidence: [tricky[3]!], date: '2024-02' },
    },
  ],
};

describe('export writers on an in-memory graph', () => {
  it('carry every tricky string through each parser', async () => {
    const expected = plain({
      nodes: new Map(graph.nodes.map((node) => [node.id, { labels: node.labels, properties: node.properties }])),
      edges: new Map(
        graph.edges.map((edge) => [edge.id, { type: edge.type, source: edge.source, target: edge.target, properties: edge.properties }]),
      ),
    });
    expect(plain(parseCytoscapeJson((await write('cytoscape', graph)).text()))).toEqual(expected);
    expect(plain(parseJsonLines((await write('jsonl', graph)).text()))).toEqual(expected);
    expect(plain(parseGraphml((await write('graphml', graph)).text()))).toEqual(expected);
    expect(plain(parseGexf((await write('gexf', graph)).text()))).toEqual(expected);
    expect(plain(await parseCsvZip((await write('csv', graph)).buffer()))).toEqual(expected);
  });

  it('write a valid, empty file for an empty selection', async () => {
    const empty = { nodes: [], edges: [] };
    expect(parseCytoscapeJson((await write('cytoscape', empty)).text()).cytoscapeCounts).toEqual({ nodes: 0, edges: 0 });
    expect(parseJsonLines((await write('jsonl', empty)).text()).nodes.size).toBe(0);
    expect(parseGraphml((await write('graphml', empty)).text()).graph.order).toBe(0);
    expect(parseGexf((await write('gexf', empty)).text()).graph.order).toBe(0);
    const csv = await parseCsvZip((await write('csv', empty)).buffer());
    expect(csv.files).toEqual(['edges.csv', 'nodes.csv']);
    expect(csv.nodes.size).toBe(0);
    expect((await write('cypher', empty)).text()).toMatch(/CREATE CONSTRAINT/);
  });
});

describe('format details', () => {
  it('GEXF lists quote and escape their items', () => {
    expect(gexfList(['a', 'b, c', 'd"e', 'f\\g', 'h\ni\tj'])).toBe('["a", "b, c", "d\\"e", "f\\\\g", "h\ni\tj"]');
  });

  it('partial dates cover their whole year or month on the timeline', () => {
    expect([firstDay('2021'), lastDay('2021')]).toEqual(['2021-01-01', '2021-12-31']);
    expect([firstDay('2024-02'), lastDay('2024-02'), lastDay('2023-02')]).toEqual(['2024-02-01', '2024-02-29', '2023-02-28']);
    expect(lastDay('2021-11-16')).toBe('2021-11-16');
    expect(firstDay('sometime')).toBeNull();
    expect(nodeSpell(['Event'], { start: '2020-03', end: '2022' })).toEqual({ start: '2020-03-01', end: '2022-12-31' });
    expect(nodeSpell(['Event'], { start: '2021-11-15' })).toEqual({ start: '2021-11-15', end: '2021-11-15' });
    // Nodes follow the rule of their first label that has one: an actor from its foundation, not its `start`.
    expect(nodeSpell(['Actor'], { start: '2020' })).toBeNull();
    expect(nodeSpell(['Actor', 'Organisation'], { founded: '1949-05-05' })).toEqual({ start: '1949-05-05' });
    expect(nodeSpell(['Instrument'], { adopted: '2005-05-16' })).toEqual({ start: '2005-05-16' });
    expect(edgeSpell('IMPLEMENTS', { start: '2022', end: '2020' })).toBeNull();
    expect(edgeSpell('ADDRESSES', { note: 'undated' })).toBeNull();
  });

  it('the time rule of api/src/model/time-rules.ts: periods from start, open-ended without an end; statuses from their date, for good; occurrences on their day', () => {
    expect(edgeSpell('MEMBER_OF', { start: '1996-04-25' })).toEqual({ start: '1996-04-25' });
    expect(edgeSpell('IMPLEMENTS', { start: '2019', end: '2021-06' })).toEqual({ start: '2019-01-01', end: '2021-06-30' });
    // A chairmanship dated by its year lasts that year.
    expect(edgeSpell('CHAIRS', { date: '2008' })).toEqual({ start: '2008-01-01', end: '2008-12-31' });
    // A Party from the deposit of its ratification (the sourced act), for good; the entry into
    // force (`start`, often computed) only when the deposit date is unknown.
    expect(edgeSpell('PARTY_TO', { date: '2006-02-14', start: '2008-02-01' })).toEqual({ start: '2006-02-14' });
    expect(edgeSpell('PARTY_TO', { start: '2012-03-01' })).toEqual({ start: '2012-03-01' });
    expect(edgeSpell('PARTY_TO', { action_type: 'ratification' })).toBeNull();
    // A signature stays recorded: a signatory from the day it signed, open-ended (as the map's "signed" status).
    expect(edgeSpell('SIGNED', { date: '2019-07-04' })).toEqual({ start: '2019-07-04' });
    // A relationship type without a rule is timeless, even with a date-like property.
    expect(edgeSpell('HELD_IN', { start: '2019' })).toBeNull();
    expect(edgeSpell('EVALUATED', { date: '2024-02', round: 3 })).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(edgeSpell('COOPERATED_WITH', { first: '2014-02-17', last: '2021-11-15' })).toEqual({ start: '2014-02-17', end: '2021-11-15' });
    expect(gephiInterval({ start: '1996-04-25' })).toBe('<[1996-04-25, Infinity]>');
    expect(gephiInterval(null)).toBeUndefined();
  });

  it('captions are short names; kinds tell parallel relationships (and rounds) apart', () => {
    expect(caption({ name_en: 'Council of Europe', acronym_en: 'CoE', acronym_fr: 'CdE' }, 'coe')).toBe('CoE');
    expect(caption({ name_en: 'Convention on Action against Trafficking', short_name: 'CETS 197' }, 'cets-197')).toBe('CETS 197');
    expect(caption({ name_fr: 'Ligue' }, 'x')).toBe('Ligue');
    expect(caption({}, 'x')).toBe('x');
    expect(edgeKind('PARTY_TO', { date: '2010' })).toBe('PARTY_TO');
    expect(edgeKind('EVALUATED', { round: 2 })).toBe('EVALUATED round 2');
  });

  it("Gephi CSV cells double backslashes (Gephi's reader escapes with them)", () => {
    expect(gephiCell('["a \\"b\\""]')).toBe('["a \\\\"b\\\\""]');
    expect(gephiCell('C:\\path')).toBe('C:\\\\path');
    expect(gephiCell(undefined)).toBeUndefined();
  });

  it('Cypher literals escape quotes, backslashes and control characters; floats stay floats', () => {
    expect(cypherString('O\'Brien \\ "x"\n\t\u0001')).toBe("'O\\'Brien \\\\ \"x\"\\n\\t\\u0001'");
    expect(cypherName('name_en')).toBe('name_en');
    expect(cypherName('odd key`')).toBe('`odd key```');
    expect(cypherValue(60, 'float')).toBe('60.0');
    expect(cypherValue(60, 'integer')).toBe('60');
    expect(cypherValue(['a', "b'"], 'string[]')).toBe("['a', 'b\\'']");
    expect(() => cypherValue(Number.NaN, 'float')).toThrow();
  });

  it('key types fold what Neo4j reports', () => {
    expect(keyType(['STRING NOT NULL'])).toBe('string');
    expect(keyType(['LIST<STRING NOT NULL> NOT NULL', 'LIST<NOTHING> NOT NULL'])).toBe('string[]');
    expect(keyType(['LIST<NOTHING> NOT NULL'])).toBe('string[]');
    expect(keyType(['INTEGER NOT NULL', 'FLOAT NOT NULL'])).toBe('float');
    expect(keyType(['STRING NOT NULL', 'INTEGER NOT NULL'])).toBe('json');
    expect(keyType(['DATE NOT NULL'])).toBe('string');
  });
});

describe('the stream sink', () => {
  it('waits while the destination is full, and stops the export when it is gone', async () => {
    const { Writable } = await import('node:stream');
    const { ExportAborted, StreamSink } = await import('../../api/src/export/sink.js');
    const received: Buffer[] = [];
    let release: () => void = () => {};
    const slow = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _encoding, callback) {
        received.push(chunk);
        release = callback;
      },
    });
    const sink = new StreamSink(slow);
    sink.write('x'.repeat(100_000));
    let drained = false;
    const waiting = sink.ready().then(() => (drained = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(received).toHaveLength(1);
    expect(drained).toBe(false);
    release();
    await waiting;
    expect(drained).toBe(true);

    slow.destroy();
    sink.write('y'.repeat(100_000));
    await expect(sink.ready()).rejects.toBeInstanceOf(ExportAborted);
  });
});
