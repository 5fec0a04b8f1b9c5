// Replaces the properties of a relationship locked by curate-lock-relationship.
// Params: $from (start node id), $id (relationship id), $properties.
MATCH (a:Entity {id: $from})-[r]->(b:Entity)
WHERE r.id = $id
SET r = $properties
RETURN {id: r.id, type: type(r), from: a.id, to: b.id, properties: properties(r)} AS relationship
