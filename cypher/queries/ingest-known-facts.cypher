// The relationships the graph holds between entities a document mentions (their `id`s, from|TYPE|to),
// so that a restated fact becomes a provenance proposal rather than a duplicate.
// Params: $ids (entity ids mentioned in the document).
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids AND r.id IS NOT NULL
RETURN r.id AS id
