// Locks one relationship for a curated write (see curate-lock-node) and returns it. It is found
// from its start node ($from, the first part of its id), so the lookup is an index seek and an expand.
// Params: $from (start node id), $id (relationship id `from|TYPE|to[|round]`). No row when unknown.
MATCH (a:Entity {id: $from})-[r]->(b:Entity)
WHERE r.id = $id
SET r._lock = true
REMOVE r._lock
RETURN {id: r.id, type: type(r), from: a.id, to: b.id, properties: properties(r)} AS relationship
