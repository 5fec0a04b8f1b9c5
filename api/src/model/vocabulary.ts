/**
 * The graph's vocabulary: the only labels and relationship types the loader, the importer and the
 * API accept. Cypher cannot parameterise labels or types, so every dynamic label or type must come
 * from these lists.
 */
export const NODE_LABELS = ['Actor', 'Instrument', 'Event', 'Country', 'City', 'Person', 'Programme', 'Topic', 'Source'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const RELATIONSHIP_TYPES = [
  'ORGANISED',
  'CO_ORGANISED',
  'PARTICIPATED_IN',
  'HELD_IN',
  'LOCATED_IN',
  'PART_OF',
  'MONITORS',
  'SUPPLEMENTS',
  'PARTY_TO',
  'SIGNED',
  'MEMBER_OF',
  'SPOKE_AT',
  'AFFILIATED_WITH',
  'ADDRESSES',
  'PRODUCED',
  'PRESENTED_AT',
  'FUNDED',
  'IMPLEMENTS',
  'COOPERATES_WITH',
  'CHAIRS',
  'COORDINATES',
  'ADOPTED',
  'EVALUATED',
  'HEADQUARTERED_IN',
  'HOSTED',
  'REQUESTED', // instrument/body → Source or Instrument it requested (e.g. GA resolution → Secretary-General report)
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

export const ACTOR_KINDS = [
  'intergovernmental organisation',
  'body/organ',
  'agency',
  'national authority',
  'NGO',
  'network',
  'academic institution',
  'foundation',
  'private sector',
  'programme office',
  'other',
] as const;

export const INSTRUMENT_KINDS = [
  'convention',
  'protocol',
  'action plan',
  'directive',
  'framework decision',
  'memorandum of understanding',
  'recommendation',
  'resolution',
  'declaration',
  'decision',
  'report',
  'guidelines',
  'other',
] as const;

export const EVENT_KINDS = [
  'workshop',
  'conference',
  'seminar',
  'meeting',
  'side event',
  'round table',
  'campaign',
  'training',
  'consultation',
  'session',
  'visit',
  'other',
] as const;
