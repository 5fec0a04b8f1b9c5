// Creates relationships an import checked are new, between nodes that exist (or were just created
// in the same transaction). The seek hints keep index seeks (not index scans) while statistics still describe an
// empty database. Params: $rows: [{ id, type, from, to, properties }] (type checked against the vocabulary).
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
USING INDEX SEEK a:Entity(id)
MATCH (b:Entity {id: row.to})
USING INDEX SEEK b:Entity(id)
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.properties
RETURN count(r) AS count
