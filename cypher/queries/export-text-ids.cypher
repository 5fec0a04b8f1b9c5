// The ids of every node a text search finds: full-text hits over names and aliases (the
// `entity_names` index, the Lucene query built by api/src/explore/lucene.ts) plus an exact id match.
// Unlike search-entities, nothing is ranked or cut: an export takes every hit.
// Params: $lucene (Lucene query string or null), $ids (exact id candidates).
CALL () {
  MATCH (node:Entity) WHERE node.id IN $ids
  RETURN node
  UNION
  WITH $lucene AS lucene WHERE lucene IS NOT NULL
  CALL db.index.fulltext.queryNodes('entity_names', lucene) YIELD node
  RETURN node
}
RETURN DISTINCT node.id AS id
ORDER BY id
