// One node with its labels, properties and degree per relationship type and direction.
// Params: $id (node id). No row when the id is unknown.
MATCH (n:Entity {id: $id})
CALL (n) {
  OPTIONAL MATCH (n)-[r]-()
  WITH type(r) AS type, CASE WHEN r IS NULL THEN null WHEN startNode(r) = n THEN 'out' ELSE 'in' END AS direction, count(r) AS count
  ORDER BY type, direction
  RETURN collect(CASE WHEN type IS NULL THEN null ELSE {type: type, direction: direction, count: count} END) AS degree
}
RETURN
  {id: n.id, labels: [l IN labels(n) WHERE l <> 'Entity'], properties: properties(n)} AS node,
  degree
