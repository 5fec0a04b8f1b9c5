// Where the facts about one node come from: every source cited by the node's relationships, with
// the evidence quoted for each relationship (aligned lists r.sources / r.evidence).
// Params: $id (node id), $sourceLimit (max sources), $statementLimit (max statements per source).
// A source id that has no Source node still appears, with source = null.
MATCH (n:Entity {id: $id})-[r]-(other:Entity)
WHERE r.sources IS NOT NULL
UNWIND range(0, size(r.sources) - 1) AS i
WITH n, r, other, r.sources[i] AS sourceId, coalesce(r.evidence[i], '') AS evidence
ORDER BY r.id
WITH sourceId, count(*) AS total, collect({
  relationship: r.id, type: type(r), direction: CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END,
  other: other.id, evidence: evidence, source_url: r.source_url
})[..$statementLimit] AS statements
ORDER BY total DESC, sourceId
LIMIT $sourceLimit
OPTIONAL MATCH (s:Source {id: sourceId})
RETURN
  sourceId,
  CASE WHEN s IS NULL THEN null ELSE s {.id, .title, .url, .kind, .publisher, .language, .published, .symbol} END AS source,
  total,
  statements
