// What an export of a selection holds, before it is streamed: node and edge counts, per label and
// per type, and every property key with the value types it takes (for typed GraphML/GEXF keys and
// CSV columns). Nodes include, with $withSources, the Source nodes the relationships cite.
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
  // edges:begin
  UNWIND selected AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE b IN selected
    AND ($edgeIds IS NULL OR r.id IN $edgeIds)
    AND ($types IS NULL OR type(r) IN $types)
    AND @inTime(r)
  // edges:end
  RETURN collect(r) AS edges
}
CALL (selected, edges) {
  UNWIND CASE WHEN $withSources THEN edges ELSE [] END AS r
  UNWIND coalesce(r.sources, []) AS sourceId
  WITH DISTINCT sourceId
  MATCH (cited:Source:Entity {id: sourceId})
  USING INDEX SEEK cited:Entity(id)
  WITH collect(cited) AS cited
  UNWIND selected + cited AS n
  WITH DISTINCT n
  RETURN collect(n) AS nodes
}
CALL (nodes) {
  UNWIND nodes AS n
  UNWIND [l IN labels(n) WHERE l <> 'Entity'] AS label
  WITH label, count(*) AS count
  RETURN collect({label: label, count: count}) AS labels
}
CALL (edges) {
  UNWIND edges AS r
  WITH type(r) AS type, count(*) AS count
  RETURN collect({type: type, count: count}) AS types
}
CALL (nodes) {
  UNWIND nodes AS n
  UNWIND keys(n) AS key
  WITH DISTINCT key, valueType(n[key]) AS valueType
  RETURN collect({key: key, valueType: valueType}) AS nodeKeys
}
CALL (edges) {
  UNWIND edges AS r
  UNWIND keys(r) AS key
  WITH DISTINCT key, valueType(r[key]) AS valueType
  RETURN collect({key: key, valueType: valueType}) AS edgeKeys
}
RETURN size(nodes) AS nodes, size(edges) AS edges, labels, types, nodeKeys, edgeKeys
