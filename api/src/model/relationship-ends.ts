import type { NodeLabel, RelationshipType } from './vocabulary.js';

type Ends = readonly [from: readonly NodeLabel[], to: readonly NodeLabel[]];

/**
 * Which labels each relationship type may join, and in which direction (seed/README.md
 * "Directions", and every pattern of the seeded graph in docs/model.dot). Curation refuses a fact
 * outside these, so a reversed `HELD_IN` or an Event `MEMBER_OF` a Topic never enters the graph.
 */
export const RELATIONSHIP_ENDS: Record<RelationshipType, readonly Ends[]> = {
  ORGANISED: [[['Actor', 'Country'], ['Event']]],
  CO_ORGANISED: [[['Actor', 'Country'], ['Event']]],
  PARTICIPATED_IN: [[['Actor', 'Country', 'Person'], ['Event']]],
  HELD_IN: [[['Event'], ['City', 'Country']]],
  // A city's country; also a national authority's (a ministry, a national commission): the country
  // it belongs to, which is what "group by country" and the map's country expand read.
  LOCATED_IN: [
    [['City'], ['Country']],
    [['Actor'], ['Country']],
  ],
  PART_OF: [
    [['Actor'], ['Actor']],
    [['Event'], ['Event', 'Programme']],
    [['Instrument'], ['Instrument']],
    [['Programme'], ['Programme', 'Actor']],
  ],
  MONITORS: [[['Actor'], ['Instrument']]],
  SUPPLEMENTS: [[['Instrument'], ['Instrument']]],
  PARTY_TO: [[['Country', 'Actor'], ['Instrument']]],
  SIGNED: [[['Country', 'Actor'], ['Instrument']]],
  MEMBER_OF: [[['Country', 'Actor'], ['Actor']]],
  SPOKE_AT: [[['Person'], ['Event']]],
  AFFILIATED_WITH: [[['Person'], ['Actor']]],
  ADDRESSES: [
    [
      ['Event', 'Programme', 'Instrument'],
      ['Topic', 'Instrument'],
    ],
  ],
  PRODUCED: [
    [
      ['Actor', 'Event', 'Country', 'Person', 'Programme'],
      ['Source', 'Instrument'],
    ],
  ],
  PRESENTED_AT: [[['Source', 'Instrument', 'Programme'], ['Event']]],
  FUNDED: [
    [
      ['Actor', 'Country'],
      ['Programme', 'Event'],
    ],
  ],
  IMPLEMENTS: [
    [
      ['Actor', 'Programme'],
      ['Instrument', 'Programme'],
    ],
  ],
  COOPERATES_WITH: [[['Actor'], ['Actor']]],
  CHAIRS: [
    [
      ['Person', 'Actor', 'Country'],
      ['Actor', 'Event'],
    ],
  ],
  COORDINATES: [[['Actor'], ['Actor', 'Programme']]],
  ADOPTED: [[['Actor'], ['Instrument']]],
  EVALUATED: [[['Actor'], ['Country']]],
  HEADQUARTERED_IN: [[['Actor'], ['City']]],
  HOSTED: [[['Country', 'Actor'], ['Event']]],
  REQUESTED: [
    [
      ['Instrument', 'Actor'],
      ['Source', 'Instrument'],
    ],
  ],
};

/** Whether `(from)-[type]->(to)` is a pattern of the model. */
export function endsAllowed(type: RelationshipType, from: NodeLabel, to: NodeLabel): boolean {
  return RELATIONSHIP_ENDS[type].some(([froms, tos]) => froms.includes(from) && tos.includes(to));
}

/** "Actor or Country → Event", for error messages. */
export function describeEnds(type: RelationshipType): string {
  return RELATIONSHIP_ENDS[type].map(([froms, tos]) => `${froms.join(' or ')} → ${tos.join(' or ')}`).join('; ');
}
