// Sets the properties an import gives on existing nodes; properties it does not give are kept.
// Params: $rows: [{ id, properties }].
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
USING INDEX SEEK n:Entity(id)
SET n += row.properties
RETURN count(n) AS count
