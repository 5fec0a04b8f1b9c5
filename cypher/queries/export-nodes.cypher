// Streams the nodes of an export: the selected nodes, plus (with $withSources) the Source nodes
// that the selected relationships cite, so the file carries its provenance. Ordered by id.
// Params: $ids (node ids or null = every node), $edgeIds (relationship ids or null = every edge
//         among the nodes), $labels, $types (lists or null), $time (time filter or null, cypher/fragments),
//         $country (ISO alpha-2 or null), $topic (Topic id or null), $withSources (boolean).
// The selection and edges blocks are identical in export-nodes, export-edges and export-summary
// (a unit test keeps them in sync). Filters mean what they mean for the exploration routes
// (contract/filters.ts): labels and the event filters choose nodes; types and the time window
// choose relationships among them.
// selection:begin
MATCH (n:Entity)
WHERE ($ids IS NULL OR n.id IN $ids)
  AND ($labels IS NULL OR any(label IN labels(n) WHERE label IN $labels))
  AND @inTimeNode(n)
  AND (NOT n:Event OR (
    ($country IS NULL
         OR EXISTS { (n)-[:HELD_IN]->(:City)-[:LOCATED_IN]->(:Country {id: $country}) }
         OR EXISTS { (n)-[:HELD_IN]->(:Country {id: $country}) }
         OR EXISTS { (:Country {id: $country})-[:HOSTED]->(n) })
    AND ($topic IS NULL OR EXISTS { (n)-[:ADDRESSES]->(:Topic {id: $topic}) })
  ))
WITH collect(n) AS selected
// selection:end
CALL (selected) {
  WITH selected WHERE $withSources
  // edges:begin
  UNWIND selected AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE b IN selected
    AND ($edgeIds IS NULL OR r.id IN $edgeIds)
    AND ($types IS NULL OR type(r) IN $types)
    AND @inTime(r)
  // edges:end
  UNWIND coalesce(r.sources, []) AS sourceId
  WITH DISTINCT sourceId
  MATCH (cited:Source:Entity {id: sourceId})
  USING INDEX SEEK cited:Entity(id)
  RETURN collect(cited) AS cited
}
UNWIND selected + cited AS n
WITH DISTINCT n
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'] AS labels, properties(n) AS properties
ORDER BY id
