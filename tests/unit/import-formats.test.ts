import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readImportFiles, detectFormat } from '../../api/src/import/read.js';
import { validateStatements } from '../../api/src/import/validate.js';

const bytes = (text: string) => Buffer.from(text, 'utf8');

describe('import readers', () => {
  it('detect formats from names and content', () => {
    expect(detectFormat({ name: 'x.graphml', bytes: bytes('') })).toBe('graphml');
    expect(detectFormat({ name: 'upload', bytes: bytes('\uFEFF  <?xml version="1.0"?><graphml/>') })).toBe('graphml');
    expect(detectFormat({ name: 'upload', bytes: bytes('{"kind":"node","id":"a","labels":[],"properties":{}}\n') })).toBe('jsonl');
    expect(detectFormat({ name: 'upload', bytes: bytes('{"elements":{"nodes":[],"edges":[]}}') })).toBe('cytoscape');
    expect(detectFormat({ name: 'upload', bytes: bytes('{"nodes":[]}') })).toBe('seed');
    expect(detectFormat({ name: 'upload', bytes: Buffer.from(zipSync({ 'nodes.csv': bytes('id\n') })) })).toBe('csv');
    expect(detectFormat({ name: 'notes.txt', bytes: bytes('hello') })).toBeNull();
  });

  it('CSV: typed headers, quoted empty cells are empty strings, unquoted ones absent, lines counted across multi-line cells', () => {
    const nodes = 'id,labels,name_en,name_fr,aliases:string[],description\n"a",Actor,"Two\nlines","",,\nb,Topic,B,,"[""x, y""]",\n';
    const document = readImportFiles([{ name: 'nodes.csv', bytes: bytes(nodes) }]);
    expect(document.issues).toEqual([]);
    expect(document.nodes.map((node) => [node.line, node.data])).toEqual([
      [2, { id: 'a', label: 'Actor', name_en: 'Two\nlines', name_fr: '' }],
      [4, { id: 'b', label: 'Topic', name_en: 'B', aliases: ['x, y'] }],
    ]);
  });

  it('CSV in a zip: nodes.csv and edges.csv, wherever they are in it', () => {
    const zip = zipSync({
      'export/nodes.csv': bytes('id,labels,name_en\nt,Topic,T\n'),
      'export/edges.csv': bytes('id,type,source,target,sources:string[],evidence:string[]\n,ADDRESSES,e,t,"[""doc-a""]","[""q""]"\n'),
    });
    const document = readImportFiles([{ name: 'graph.zip', bytes: Buffer.from(zip) }]);
    expect(document.issues).toEqual([]);
    expect(document.files).toEqual(['graph.zip:export/edges.csv', 'graph.zip:export/nodes.csv']);
    expect(document.relationships[0]?.data).toEqual({ type: 'ADDRESSES', from: 'e', to: 't', sources: ['doc-a'], evidence: ['q'] });
  });

  it('Cytoscape: both element layouts, Cytoscape desktop keys ignored', () => {
    const grouped = { elements: [{ group: 'nodes', data: { id: 't', labels: ['Topic'], name: 'display', SUID: 12, name_en: 'T' } }] };
    const document = readImportFiles([{ name: 'x.cyjs', json: grouped }]);
    expect(document.nodes[0]?.data).toEqual({ id: 't', name_en: 'T', label: 'Topic' });
  });

  it('validation: an exported relationship needs one evidence entry per source and a matching id', () => {
    const document = readImportFiles([
      {
        name: 'x.jsonl',
        bytes: bytes(
          [
            '{"kind":"edge","id":"a|ADDRESSES|b","type":"ADDRESSES","source":"a","target":"b","properties":{"sources":["doc-a","doc-b"],"evidence":["q"]}}',
            '{"kind":"edge","id":"a|ADDRESSES|c","type":"ADDRESSES","source":"a","target":"b","properties":{"sources":["doc-a"],"evidence":["q"]}}',
            '{"kind":"node","id":"n","labels":["Topic","Actor"],"properties":{"name_en":"N"}}',
          ].join('\n'),
        ),
      },
    ]);
    const { issues } = validateStatements(document);
    expect(issues).toEqual([
      expect.objectContaining({ line: 3, field: 'label', message: expect.stringContaining('exactly one label') }),
      expect.objectContaining({ line: 1, field: 'evidence', message: expect.stringContaining('one entry per source') }),
      expect.objectContaining({ line: 2, field: 'id', message: expect.stringContaining('does not match') }),
    ]);
  });
});
