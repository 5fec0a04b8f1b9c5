// Upserts a batch of relationships identified by their stable `id` (from|TYPE|to[|round]).
// Params: $rows: [{ id, type, from, to, properties }] — type already checked against the allow-list.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
SET r = row.properties
RETURN count(r) AS count
