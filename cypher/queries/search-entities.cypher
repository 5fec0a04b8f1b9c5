// Full-text search over names and aliases (FR and EN) through the `entity_names` index, plus an
// exact id lookup so that typing an id (`cets-197`, `FR`) finds that node even when Lucene's
// tokenizer splits it. The Lucene query is built from user text by api/src/explore/lucene.ts and
// passed as a parameter: user text never becomes Cypher.
// Params: $lucene (Lucene query string, or null when the text has no searchable term),
//         $ids (exact id candidates), $labels (list or null), $candidates (how many index hits to rank).
// Labels are filtered after the index returns its best hits, so callers raise $candidates with a
// label filter. Returns the fields needed to detect exact name, alias and acronym matches.
CALL () {
  MATCH (node:Entity) WHERE node.id IN $ids
  RETURN node, 0.0 AS score
  UNION
  WITH $lucene AS lucene WHERE lucene IS NOT NULL
  CALL db.index.fulltext.queryNodes('entity_names', lucene, {limit: $candidates}) YIELD node, score
  RETURN node, score
}
WITH node, max(score) AS score
WHERE $labels IS NULL OR any(label IN labels(node) WHERE label IN $labels)
RETURN
  node.id AS id,
  [l IN labels(node) WHERE l <> 'Entity'] AS labels,
  node.name_en AS name_en,
  node.name_fr AS name_fr,
  coalesce(node.aliases, []) + [a IN [node.acronym_en, node.acronym_fr, node.short_name] WHERE a IS NOT NULL] AS names,
  score
ORDER BY score DESC, id
