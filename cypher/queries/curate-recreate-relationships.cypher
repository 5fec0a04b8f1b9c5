// Recreates relationships from a change's before-state in one statement (a hub has hundreds):
// skips those that exist again and those whose end is gone. Returns the ids it created.
// Params: $rows [{id, type, from, to, properties}] (types checked against RELATIONSHIP_TYPES).
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
WITH a, b, row
WHERE NOT EXISTS { MATCH (a)-[r]->(b) WHERE r.id = row.id }
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.properties
RETURN r.id AS id
