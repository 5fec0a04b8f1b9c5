// Replaces the properties of a node locked by curate-lock-node (id and version included).
// Params: $id, $properties.
MATCH (n:Entity {id: $id})
SET n = $properties
RETURN {id: n.id, labels: [l IN labels(n) WHERE l <> 'Entity'], properties: properties(n)} AS node
