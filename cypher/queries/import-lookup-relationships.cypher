// The relationships an import states that the database already holds, found from their indexed
// endpoints. Params: $rows: [{ id, type, from, to }] (type checked against the vocabulary).
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})-[r:$(row.type)]->(b:Entity {id: row.to})
WHERE r.id = row.id
RETURN row.id AS id, properties(r) AS properties
