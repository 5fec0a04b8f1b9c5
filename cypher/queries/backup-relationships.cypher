// Every relationship between two backed-up nodes (see backup-nodes.cypher), with the element ids
// and `id` properties of its ends, for `npm run backup` and the check after `npm run restore`.
// Params: $excluded: [label] — a relationship touching a node with one of them is left out.
MATCH (a)-[r]->(b)
WHERE none(label IN labels(a) WHERE label IN $excluded) AND none(label IN labels(b) WHERE label IN $excluded)
RETURN type(r) AS type, properties(r) AS props, elementId(a) AS start, elementId(b) AS end, a.id AS startId, b.id AS endId
