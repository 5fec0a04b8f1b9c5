// Locks one node for a curated write and returns it as it is once the lock is held: the SET takes
// the write lock first, so a concurrent editor's write waits, and the version read after it is the
// committed one (Neo4j's documented lost-update guard). No row when the id is unknown.
// Params: $id (node id).
MATCH (n:Entity {id: $id})
SET n._lock = true
REMOVE n._lock
RETURN {id: n.id, label: [l IN labels(n) WHERE l <> 'Entity'][0], properties: properties(n)} AS node
