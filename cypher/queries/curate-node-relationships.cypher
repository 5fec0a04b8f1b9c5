// Every relationship of a node, either way, in full (kept in a delete or merge change so that it
// can be restored). Params: $id (node id).
MATCH (n:Entity {id: $id})-[r]-(other:Entity)
RETURN DISTINCT {id: r.id, type: type(r), from: startNode(r).id, to: endNode(r).id, properties: properties(r)} AS relationship
ORDER BY relationship.id
