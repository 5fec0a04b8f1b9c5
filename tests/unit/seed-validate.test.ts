import { describe, expect, it } from 'vitest';
import { SeedValidationError, validateSeed, type SeedFile, type SeedIssue } from '../../api/src/seed/validate.js';

const doc = { label: 'Source', id: 'doc-a', kind: 'document', title: 'A page', language: 'fr' };
const ref = { label: 'Source', id: 'ref-t', kind: 'reference', title: 'A table', language: 'en' };
const coe = { label: 'Actor', id: 'coe', kind: 'intergovernmental organisation', name_en: 'Council of Europe', name_fr: "Conseil de l'Europe" };
const greta = { label: 'Actor', id: 'greta', kind: 'body/organ', name_en: 'GRETA' };
const partOf = { type: 'PART_OF', from: 'greta', to: 'coe', source: 'doc-a', evidence: 'le GRETA du Conseil de l’Europe' };

function issues(files: SeedFile[]): SeedIssue[] {
  try {
    validateSeed(files);
  } catch (error) {
    if (error instanceof SeedValidationError) return error.issues;
    throw error;
  }
  throw new Error('expected the seed to be invalid');
}

describe('seed validation', () => {
  it('accepts a valid graph and shapes provenance', () => {
    const graph = validateSeed([{ file: 'a.json', data: { nodes: [doc, coe, greta], relationships: [partOf] } }]);
    expect(graph.nodes.map((node) => node.id).sort()).toEqual(['coe', 'doc-a', 'greta']);
    expect(graph.relationships).toHaveLength(1);
    expect(graph.relationships[0]?.properties).toMatchObject({
      id: 'greta|PART_OF|coe',
      sources: ['doc-a'],
      evidence: ['le GRETA du Conseil de l’Europe'],
    });
  });

  it('merges the same fact from two sources into one relationship with both provenances', () => {
    const fromRef = { type: 'PART_OF', from: 'greta', to: 'coe', source: 'ref-t', source_url: 'https://example.org/row' };
    const graph = validateSeed([
      { file: 'a.json', data: { nodes: [doc, ref, coe, greta], relationships: [partOf] } },
      { file: 'b.json', data: { relationships: [fromRef] } },
    ]);
    expect(graph.relationships).toHaveLength(1);
    expect(graph.relationships[0]?.properties).toMatchObject({
      sources: ['doc-a', 'ref-t'],
      evidence: ['le GRETA du Conseil de l’Europe', ''],
      source_url: 'https://example.org/row',
    });
  });

  it('rejects a duplicate id, naming both files', () => {
    const found = issues([
      { file: 'a.json', data: { nodes: [doc, coe] } },
      { file: 'b.json', data: { nodes: [coe] } },
    ]);
    expect(found).toEqual([expect.objectContaining({ file: 'b.json', entry: 'nodes[0] (coe)', field: 'id' })]);
    expect(found[0]?.message).toContain('a.json');
  });

  it('rejects a dangling reference', () => {
    const found = issues([{ file: 'a.json', data: { nodes: [doc, greta], relationships: [partOf] } }]);
    expect(found).toEqual([expect.objectContaining({ file: 'a.json', field: 'to' })]);
  });

  it('rejects impossible dates', () => {
    const event = { label: 'Event', id: 'event-2021-x', kind: 'seminar', name_fr: 'Séminaire', start: '2021-02-30' };
    const found = issues([{ file: 'a.json', data: { nodes: [event] } }]);
    expect(found).toEqual([expect.objectContaining({ entry: 'nodes[0] (event-2021-x)', field: 'start' })]);
  });

  it('rejects unknown labels and relationship types', () => {
    const found = issues([
      {
        file: 'a.json',
        data: {
          nodes: [doc, coe, greta, { label: 'Spaceship', id: 'x', name_en: 'X' }],
          relationships: [{ ...partOf, type: 'LOVES' }],
        },
      },
    ]);
    expect(found.map((issue) => issue.field).sort()).toEqual(['label', 'type']);
  });

  it('rejects a document relationship without evidence, and a reference one without source_url', () => {
    const { evidence: _dropped, ...withoutEvidence } = partOf;
    const found = issues([
      {
        file: 'a.json',
        data: { nodes: [doc, ref, coe, greta], relationships: [withoutEvidence, { type: 'PART_OF', from: 'coe', to: 'greta', source: 'ref-t' }] },
      },
    ]);
    expect(found.map((issue) => issue.field).sort()).toEqual(['evidence', 'source_url']);
  });

  it('rejects evidence longer than twelve words', () => {
    const long = { ...partOf, evidence: 'un deux trois quatre cinq six sept huit neuf dix onze douze treize' };
    const found = issues([{ file: 'a.json', data: { nodes: [doc, coe, greta], relationships: [long] } }]);
    expect(found).toEqual([expect.objectContaining({ field: 'evidence' })]);
  });

  it('reports every problem at once', () => {
    const found = issues([
      {
        file: 'a.json',
        data: {
          nodes: [
            { label: 'Country', id: 'France', name_en: 'France' },
            { label: 'Actor', id: 'x', kind: 'club', name_en: 'X' },
          ],
        },
      },
    ]);
    expect(found.length).toBe(2);
  });
});
