// Replaces the properties of existing relationships with their merged map (provenance appended).
// Endpoints by their index first, then the relationship between them (see import-lookup-relationships).
// Params: $rows: [{ id, type, from, to, properties }].
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
USING INDEX SEEK a:Entity(id)
MATCH (b:Entity {id: row.to})
USING INDEX SEEK b:Entity(id)
MATCH (a)-[r:$(row.type)]->(b)
WHERE r.id = row.id
SET r = row.properties
RETURN count(r) AS count
