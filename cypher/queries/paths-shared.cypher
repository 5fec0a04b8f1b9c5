// Nodes that several given nodes share: neighbours linked to at least $minShared of them, the most
// shared and best connected first.
// Params: $ids (2..10 node ids), $minShared (2..size($ids)), $labels, $types (lists or null), $limit.
MATCH (given:Entity) WHERE given.id IN $ids
WITH collect(given) AS givens
CALL (givens) {
  UNWIND givens AS g
  MATCH (g)-[r]-(shared:Entity)
  WHERE NOT shared IN givens
    AND ($types IS NULL OR type(r) IN $types)
    AND ($labels IS NULL OR any(label IN labels(shared) WHERE label IN $labels))
  WITH shared, count(DISTINCT g) AS sharedBy
  WHERE sharedBy >= $minShared
  WITH shared, sharedBy, COUNT { (shared)--() } AS degree
  ORDER BY sharedBy DESC, degree DESC, shared.id
  WITH collect({node: shared, sharedBy: sharedBy}) AS found
  RETURN
    [x IN found[..$limit] | {
      id: x.node.id, labels: [l IN labels(x.node) WHERE l <> 'Entity'], properties: properties(x.node),
      sharedBy: x.sharedBy, elementId: elementId(x.node)
    }] AS kept,
    size(found) AS total,
    COLLECT {
      UNWIND found[$limit..] AS x
      UNWIND [l IN labels(x.node) WHERE l <> 'Entity'] AS label
      WITH label, count(*) AS count
      RETURN {label: label, count: count}
    } AS omittedByLabel
}
RETURN
  [s IN givens | {id: s.id, labels: [l IN labels(s) WHERE l <> 'Entity'], properties: properties(s), elementId: elementId(s)}] AS seeds,
  kept, total, omittedByLabel
