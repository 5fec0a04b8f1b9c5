// The domain labels of the ends of a new relationship, to check its direction against the vocabulary.
// Params: $ids (node ids). Unknown ids return no row.
MATCH (n:Entity) WHERE n.id IN $ids
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, n.kind AS kind
