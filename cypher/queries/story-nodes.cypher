// The entities a story's steps name, looked up now (ids already redirected when merged). Ids with
// no entity (deleted) return no row.
// Params: $ids (node ids).
MATCH (n:Entity) WHERE n.id IN $ids
RETURN {id: n.id, labels: [l IN labels(n) WHERE l <> 'Entity'], properties: properties(n), elementId: elementId(n)} AS node
