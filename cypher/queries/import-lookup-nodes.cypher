// The nodes an import defines or refers to, as the database holds them (to check references,
// label clashes, and to tell created / updated / unchanged apart).
// Params: $ids (node ids).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
USING INDEX SEEK n:Entity(id)
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'] AS labels, properties(n) AS properties
