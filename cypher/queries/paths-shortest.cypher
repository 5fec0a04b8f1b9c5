// The k shortest paths between two nodes (k ≤ 5), shortest first, whatever their lengths. Cypher
// cannot parameterise SHORTEST k nor the hop bound, so the pattern asks for the 5 shortest within
// 6 hops and the WHERE/LIMIT narrow them to $maxLength and $k. Beyond the first, paths through hubs
// can be slow to rank: the route runs this under a short budget and falls back to
// paths-all-shortest.cypher (only paths of the minimal length).
// Params: $from, $to (node ids), $k (1..5), $maxLength (1..6), $labels (labels allowed for the
//         nodes between the two ends, or null), $types (list or null).
// Returns found flags so the route can answer 404 for an unknown end.
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
CALL (a, b) {
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
  MATCH p = SHORTEST 5 (a)((x)-[r]-(y:Entity)
    WHERE ($types IS NULL OR type(r) IN $types)
      AND ($labels IS NULL OR y = b OR any(label IN labels(y) WHERE label IN $labels))
  ){1,6}(b)
  WHERE length(p) <= $maxLength
  WITH p ORDER BY length(p) LIMIT $k
  RETURN collect({
    nodes: [n IN nodes(p) | {id: n.id, labels: [l IN labels(n) WHERE l <> 'Entity'], properties: properties(n)}],
    edges: [r IN relationships(p) | {id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id, properties: properties(r)}]
  }) AS paths
}
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, paths
