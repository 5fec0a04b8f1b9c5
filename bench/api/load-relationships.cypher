// Bench only: creates one batch of synthetic relationships of one type.
// Params: $type (a vocabulary type), $rows: [{ from, to, properties }].
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:$($type)]->(b)
SET r = row.properties
