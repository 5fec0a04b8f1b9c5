// Creates relationships an import checked are new, between nodes that exist (or were just created).
// Params: $rows: [{ id, type, from, to, properties }] (type checked against the vocabulary).
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.properties
RETURN count(r) AS count
