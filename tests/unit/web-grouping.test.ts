import type { ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from '../../web/src/api/client';
import { groupElements, groupId, groupKeys } from '../../web/src/graph/grouping';
import type { WorkingGraph } from '../../web/src/state/workingGraph';

const node = (id: string, label: string): GraphNode => ({ id, labels: [label], properties: { name_en: id } }) as GraphNode;
const edge = (id: string, source: string, type: string, target: string): GraphEdge => ({ id, source, target, type, properties: {} }) as GraphEdge;

const nodes = [
  node('fr', 'Country'),
  node('paris', 'City'),
  node('oecd', 'Actor'),
  node('oecd-dir', 'Actor'),
  node('oecd-unit', 'Actor'),
  node('seminar', 'Event'),
  node('be', 'Country'),
  node('alone', 'Actor'),
];
const edges = [
  edge('e1', 'paris', 'LOCATED_IN', 'fr'),
  edge('e2', 'oecd', 'HEADQUARTERED_IN', 'paris'),
  edge('e3', 'seminar', 'HELD_IN', 'paris'),
  edge('e4', 'oecd-dir', 'PART_OF', 'oecd'),
  edge('e5', 'oecd-unit', 'PART_OF', 'oecd-dir'),
  edge('e6', 'oecd', 'ORGANISED', 'seminar'),
  edge('e7', 'alone', 'PARTICIPATED_IN', 'seminar'),
  edge('e8', 'alone', 'MEMBER_OF', 'oecd'),
];
const graph: WorkingGraph = { nodes: new Map(nodes.map((n) => [n.id, n])), edges: new Map(edges.map((e) => [e.id, e])) };
const elements: ElementDefinition[] = [
  ...nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id } })),
  ...edges.map((e) => ({ group: 'edges' as const, data: { id: e.id, source: e.source, target: e.target } })),
];

describe('groupKeys', () => {
  it('by label puts every node with the others of its label; a label alone is no group', () => {
    const keys = groupKeys(graph, 'label');
    expect(keys.get('oecd')).toBe('Actor');
    expect(keys.get('fr')).toBe('Country');
    expect(keys.has('paris')).toBe(false);
    expect(keys.has('seminar')).toBe(false);
  });

  it('by country follows located/headquartered/held in, directly or through a city', () => {
    const keys = groupKeys(graph, 'country');
    expect(keys.get('fr')).toBe('fr');
    expect(keys.get('paris')).toBe('fr');
    expect(keys.get('oecd')).toBe('fr');
    expect(keys.get('seminar')).toBe('fr');
    expect(keys.has('alone')).toBe(false);
    expect(keys.has('be')).toBe(false);
  });

  it('by organisation joins the top of the PART_OF chain', () => {
    const keys = groupKeys(graph, 'organisation');
    expect(keys.get('oecd-unit')).toBe('oecd');
    expect(keys.get('oecd-dir')).toBe('oecd');
    expect(keys.get('oecd')).toBe('oecd');
    expect(keys.has('alone')).toBe(false);
  });

  it('by community uses the communities given', () => {
    const keys = groupKeys(
      graph,
      'community',
      new Map([
        ['fr', 0],
        ['be', 0],
        ['alone', 1],
        ['oecd', 1],
        ['ghost', 1],
      ]),
    );
    expect(Object.fromEntries(keys)).toEqual({ fr: '0', be: '0', alone: '1', oecd: '1' });
  });
});

describe('groupElements', () => {
  const keys = groupKeys(graph, 'organisation');
  const caption = (key: string) => key.toUpperCase();
  const id = groupId('organisation', 'oecd');

  it('closed: one node for the group, links of its members merged per pair and counted, links inside gone', () => {
    const grouped = groupElements(elements, { by: 'organisation', keys, expanded: new Set(), caption });
    const ids = grouped.map((element) => String(element.data.id));
    expect(ids).toContain(id);
    for (const member of ['oecd', 'oecd-dir', 'oecd-unit']) expect(ids).not.toContain(member);
    // e4, e5 are inside the tree; e2 (oecd → paris), e6 (oecd → seminar), e8 (alone → oecd) are rerouted.
    for (const inside of ['e4', 'e5', 'e2', 'e6', 'e8']) expect(ids).not.toContain(inside);
    const meta = grouped.filter((element) => element.group === 'edges' && String(element.data.id).startsWith('group:link:'));
    const ends = meta.map((element) => [element.data.source, element.data.target].sort().join('|')).sort();
    expect(ends).toEqual([`${id}|paris`, `${id}|seminar`, `alone|${id}`].map((pair) => pair.split('|').sort().join('|')).sort());
    expect(meta.every((element) => element.data.count === 1)).toBe(true);
    // Every edge left has both ends drawn.
    const drawn = new Set(grouped.filter((element) => element.group === 'nodes').map((element) => String(element.data.id)));
    for (const element of grouped.filter((element) => element.group === 'edges')) {
      expect(drawn.has(String(element.data.source))).toBe(true);
      expect(drawn.has(String(element.data.target))).toBe(true);
    }
    expect(grouped.find((element) => element.data.id === id)!.data).toMatchObject({ caption: 'OECD (3)', count: 3, group: 'closed' });
  });

  it('open: members inside the compound node, every original link kept', () => {
    const grouped = groupElements(elements, { by: 'organisation', keys, expanded: new Set([id]), caption });
    for (const member of ['oecd', 'oecd-dir', 'oecd-unit']) expect(grouped.find((element) => element.data.id === member)!.data.parent).toBe(id);
    expect(grouped.find((element) => element.data.id === 'alone')!.data.parent).toBeUndefined();
    expect(grouped.filter((element) => element.group === 'edges').map((element) => element.data.id)).toEqual(edges.map((e) => e.id));
  });

  it('merged links count the relationships they stand for', () => {
    const byLabel = groupKeys(graph, 'label');
    const grouped = groupElements(elements, { by: 'label', keys: byLabel, expanded: new Set(), caption });
    const counts = grouped.filter((element) => element.data.type === 'GROUPED').reduce((sum, element) => sum + Number(element.data.count), 0);
    const kept = grouped.filter((element) => element.group === 'edges' && element.data.type !== 'GROUPED').length;
    // Actor–Actor links (e4, e5, e8) vanish inside the closed Actor group; the rest are kept or counted once.
    expect(counts + kept + 3).toBe(edges.length);
  });
});
