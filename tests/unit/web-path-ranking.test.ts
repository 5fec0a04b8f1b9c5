import { describe, expect, it } from 'vitest';
import { isGenericPath, pathSteps, pathText, rankPaths, type PathGraph } from '../../web/src/features/paths/pathRanking.js';

const labels: Record<string, string> = { unodc: 'Actor', greta: 'Actor', vienna: 'City', AT: 'Country', meet: 'Event', cets: 'Instrument' };
const edges: Record<string, { type: string; source: string; target: string }> = {
  e1: { type: 'HEADQUARTERED_IN', source: 'unodc', target: 'vienna' },
  e2: { type: 'HEADQUARTERED_IN', source: 'greta', target: 'vienna' },
  e3: { type: 'ORGANISED', source: 'unodc', target: 'meet' },
  e4: { type: 'PARTICIPATED_IN', source: 'greta', target: 'meet' },
  e5: { type: 'MONITORS', source: 'greta', target: 'cets' },
  e6: { type: 'IMPLEMENTS', source: 'unodc', target: 'cets' },
  e7: { type: 'LOCATED_IN', source: 'vienna', target: 'AT' },
};
const graph: PathGraph = { labelOf: (id) => labels[id], edge: (id) => edges[id] };

describe('path ranking', () => {
  const viaCity = { nodes: ['unodc', 'vienna', 'greta'], edges: ['e1', 'e2'] };
  const viaEvent = { nodes: ['unodc', 'meet', 'greta'], edges: ['e3', 'e4'] };
  const viaInstrument = { nodes: ['unodc', 'cets', 'greta'], edges: ['e6', 'e5'] };

  it('tells paths through places or placing links from meaningful ones', () => {
    expect(isGenericPath(viaCity, graph)).toBe(true);
    expect(isGenericPath(viaEvent, graph)).toBe(false);
    expect(isGenericPath({ nodes: ['unodc', 'vienna', 'AT'], edges: ['e1', 'e7'] }, graph)).toBe(true);
  });

  it('puts paths through cooperation, events and instruments before generic ones, keeping API order among equals', () => {
    expect(rankPaths([viaCity, viaEvent, viaInstrument], graph)).toEqual([viaEvent, viaInstrument, viaCity]);
    const longer = { nodes: ['unodc', 'meet', 'greta', 'cets'], edges: ['e3', 'e4', 'e5'] };
    expect(rankPaths([longer, viaCity, viaInstrument], graph)).toEqual([viaInstrument, longer, viaCity]);
  });

  it('writes a path as text with arrows following the stored direction', () => {
    const names: Record<string, string> = { unodc: 'UNODC', meet: 'Meeting · Vienna 2010', greta: 'GRETA' };
    const steps = pathSteps(
      viaEvent,
      graph,
      (id) => names[id]!,
      (type) => type.toLowerCase(),
    );
    expect(steps.map((step) => step.kind)).toEqual(['node', 'edge', 'node', 'edge', 'node']);
    expect(pathText(steps)).toBe('UNODC → organised → Meeting · Vienna 2010 ← participated_in ← GRETA');
  });
});
