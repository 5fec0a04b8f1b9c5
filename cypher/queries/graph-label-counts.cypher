// Count of nodes per label (excluding the technical :Entity label).
// Params: none.
MATCH (n:Entity)
UNWIND [label IN labels(n) WHERE label <> 'Entity'] AS label
RETURN label, count(*) AS count
ORDER BY label
