// Creates one curated node with :Entity and its domain label (so search, expand and the canvas see
// it at once). Params: $label (checked against NODE_LABELS), $properties (id and version included).
CREATE (n:Entity)
SET n = $properties
SET n:$($label)
RETURN {id: n.id, labels: [l IN labels(n) WHERE l <> 'Entity'], properties: properties(n)} AS node
