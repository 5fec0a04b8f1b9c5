// Creates one curated relationship between two existing nodes.
// Params: $type (checked against RELATIONSHIP_TYPES), $from, $to (node ids), $properties (id, sources,
// evidence, qualifiers, version).
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
CREATE (a)-[r:$($type)]->(b)
SET r = $properties
RETURN {id: r.id, type: type(r), from: a.id, to: b.id, properties: properties(r)} AS relationship
