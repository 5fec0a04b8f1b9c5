import { counted } from './plural';

const n = (count: number, one: string, other: string) => counted('en', count, one, other);

/** English strings of the toolbar overflow, expand in context, data grid, size metric and grouping (spread into en.ts as `bench`). */
export const workbenchEn = {
  more: 'More',
  moreLabel: 'More canvas tools',
  showTools: 'Show the tools',
  hideTools: 'Hide the tools',
  /** Expand in context: what the expand brought, new and already drawn. */
  inContext: (added: number, already: number) => `${n(added, 'neighbour', 'neighbours')} added, ${already} already there.`,
  focusHint: 'The rest is dimmed: click the background to see everything.',
  endFocus: 'Show everything',
  grid: {
    skip: 'Skip to the table',
    nodes: 'Nodes',
    relationships: 'Relationships',
    tabs: 'What the table lists',
    filter: (column: string) => `Filter ${column}`,
    sortBy: (column: string) => `Sort by ${column}`,
    copy: 'Copy as CSV',
    copied: (rows: number) => `${n(rows, 'row', 'rows')} copied.`,
    source: 'From',
    target: 'To',
    relType: 'Relationship',
    rows: (shown: number, total: number) => `${shown} of ${n(total, 'row', 'rows')}`,
    caption: (count: number) => `${n(count, 'relationship', 'relationships')} on the canvas`,
    details: 'Details',
  },
  size: {
    label: 'Node size',
    none: 'Same size',
    degree: 'Degree',
    betweenness: 'Betweenness',
    pagerank: 'PageRank',
    legend: (metric: string) => `Node size: ${metric} (half size shown)`,
    help: {
      none: 'Every node is drawn at the same size.',
      degree: 'Degree: how many relationships a node has on the canvas.',
      betweenness: 'Betweenness: how often a node lies on the shortest route between two others (a broker).',
      pagerank: 'PageRank: how well connected a node’s neighbours are themselves (influence).',
    } as Record<string, string>,
  },
  group: {
    label: 'Group by',
    option: (name: string) => `Group by ${name.toLowerCase()}`,
    none: 'No grouping',
    label_: 'Kind',
    country: 'Country',
    organisation: 'Organisation',
    community: 'Community',
    expandAll: 'Expand all groups',
    collapseAll: 'Collapse all groups',
    community_: (index: number) => `Community ${index}`,
    unplaced: 'No country',
    members: (count: number) => n(count, 'member', 'members'),
    hint: 'By organisation: each "part of" tree under its top. Click a group to open or close it.',
  },
};
