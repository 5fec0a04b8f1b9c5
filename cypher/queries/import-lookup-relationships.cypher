// The relationships an import states that the database already holds. Both endpoints are found
// by their index first (the seek hints keep that plan whatever the statistics say, e.g. right after a
// large import into an empty database), then the relationship between them with Expand(Into),
// which walks the smaller degree: hubs with thousands of relationships stay cheap.
// Params: $rows: [{ id, type, from, to }] (type checked against the vocabulary).
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
USING INDEX SEEK a:Entity(id)
MATCH (b:Entity {id: row.to})
USING INDEX SEEK b:Entity(id)
MATCH (a)-[r:$(row.type)]->(b)
WHERE r.id = row.id
RETURN row.id AS id, properties(r) AS properties
