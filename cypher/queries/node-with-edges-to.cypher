// One node and its relationships, in either direction, to nodes already drawn, so that a node
// opened from the search box lands linked to the picture instead of alone.
// Params: $id (node id), $drawn (ids of the nodes already drawn; may be empty).
// No row when the id is unknown.
MATCH (n:Entity {id: $id})
RETURN
  {id: n.id, labels: [l IN labels(n) WHERE l <> 'Entity'], properties: properties(n)} AS node,
  COLLECT {
    MATCH (n)-[r]-(other:Entity)
    WHERE other.id IN $drawn
    RETURN DISTINCT {id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id, properties: properties(r)}
  } AS edges
