// Up to $k paths of the minimal length between two nodes (ties of the shortest path), used for
// k = 1 and as the fallback of paths-shortest.cypher. It uses the bidirectional allShortestPaths():
// on a graph with supernodes it answers in tens of milliseconds where `ALL SHORTEST` took seconds.
// The hop bound cannot be a parameter: 6 hops, narrowed afterwards by $maxLength.
// Params: $from, $to (node ids), $k (1..5), $maxLength (1..6), $labels (labels allowed for the
//         nodes between the two ends, or null), $types (list or null).
// Returns found flags so the route can answer 404 for an unknown end.
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
CALL (a, b) {
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
  MATCH p = allShortestPaths((a)-[*1..6]-(b))
  WHERE all(r IN relationships(p) WHERE $types IS NULL OR type(r) IN $types)
    AND all(n IN nodes(p) WHERE n = a OR n = b OR (n:Entity AND ($labels IS NULL OR any(label IN labels(n) WHERE label IN $labels))))
  // After the search, not in it: a length predicate inside would make Neo4j look for a shortest
  // path that satisfies it, an exhaustive search.
  WITH p WHERE length(p) <= $maxLength
  WITH p LIMIT $k
  RETURN collect({
    nodes: [n IN nodes(p) | {id: n.id, labels: [l IN labels(n) WHERE l <> 'Entity'], properties: properties(n)}],
    edges: [r IN relationships(p) | {id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id, properties: properties(r)}]
  }) AS paths
}
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, paths
