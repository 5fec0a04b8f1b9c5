// The relationships among a set of nodes already chosen by another query (expand, shared
// neighbours, metrics), so the graph shows every link between the nodes it shows.
// Params: $elementIds (element ids of the chosen nodes; used only inside one request, never shown),
//         $types (list or null), $time (time filter or null: relationships that do not hold in it are left out,
//         cypher/fragments/inTime.cypher), $edgeLimit.
UNWIND $elementIds AS elementId
MATCH (a:Entity) WHERE elementId(a) = elementId
MATCH (a)-[r]->(b:Entity)
WHERE elementId(b) IN $elementIds
  AND ($types IS NULL OR type(r) IN $types)
  AND @inTime(r)
RETURN {id: r.id, type: type(r), source: a.id, target: b.id, properties: properties(r)} AS edge
LIMIT $edgeLimit
