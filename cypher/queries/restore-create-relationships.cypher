// Creates one batch of relationships from a backup file between nodes created by this restore.
// Params: $rows: [{ type, start, end, props }] — start/end: element ids from restore-create-nodes; type checked before.
UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row.start
MATCH (b) WHERE elementId(b) = row.end
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
RETURN count(r) AS created
