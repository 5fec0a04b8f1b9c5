// The current state of seeded nodes a curator touched: properties, or where a merge sent them.
// Params: $ids (node ids). One row per id; properties and mergedInto are null when absent.
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
OPTIONAL MATCH (r:Redirect {id: id})
RETURN id, properties(n) AS properties, r.to AS mergedInto
