// Replaces the properties of existing relationships with their merged map (provenance appended).
// Params: $rows: [{ id, type, from, to, properties }].
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})-[r:$(row.type)]->(b:Entity {id: row.to})
WHERE r.id = row.id
SET r = row.properties
RETURN count(r) AS count
