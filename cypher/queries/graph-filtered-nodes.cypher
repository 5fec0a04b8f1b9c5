// Every node of the whole graph that passes the exploration filters (for metrics on the whole
// graph). Returns at most $maxNodes + 1 rows so the caller can tell "too large" without counting all.
// Params: $labels (list or null), $time (time filter or null, cypher/fragments), $country, $topic (event
//         filters or null), $maxNodes.
MATCH (n:Entity)
WHERE ($labels IS NULL OR any(label IN labels(n) WHERE label IN $labels))
  AND @inTimeNode(n)
  AND (NOT n:Event OR (
    ($country IS NULL
         OR EXISTS { (n)-[:HELD_IN]->(:City)-[:LOCATED_IN]->(:Country {id: $country}) }
         OR EXISTS { (n)-[:HELD_IN]->(:Country {id: $country}) }
         OR EXISTS { (:Country {id: $country})-[:HOSTED]->(n) })
    AND ($topic IS NULL OR EXISTS { (n)-[:ADDRESSES]->(:Topic {id: $topic}) })
  ))
WITH n LIMIT $maxNodes + 1
RETURN {id: n.id, labels: [l IN labels(n) WHERE l <> 'Entity'], properties: properties(n), elementId: elementId(n)} AS node
