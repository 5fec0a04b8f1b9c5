// Simple paths (no node twice) between two nodes, up to 4 hops, shortest first. Hop bounds
// cannot be parameters, so there is one branch per length; a branch longer than $maxLength does
// not run, and each branch stops at $limit paths. Enumerating long paths between two hubs can
// still be large: the route caps maxLength at 4 and the read runs under the transaction timeout.
// Params: $from, $to (node ids), $maxLength (1..4), $labels (labels allowed for the nodes between
//         the two ends, or null), $types (list or null), $limit (max paths).
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
CALL (a, b) {
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
  CALL (a, b) {
    WITH a, b WHERE $maxLength >= 1
    MATCH p = (a)((x)-[r]-(y:Entity)
      WHERE ($types IS NULL OR type(r) IN $types)
        AND ($labels IS NULL OR y = b OR any(label IN labels(y) WHERE label IN $labels))
    ){1}(b)
    WHERE all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
    RETURN p LIMIT $limit
    UNION ALL
    WITH a, b WHERE $maxLength >= 2
    MATCH p = (a)((x)-[r]-(y:Entity)
      WHERE ($types IS NULL OR type(r) IN $types)
        AND ($labels IS NULL OR y = b OR any(label IN labels(y) WHERE label IN $labels))
    ){2}(b)
    WHERE all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
    RETURN p LIMIT $limit
    UNION ALL
    WITH a, b WHERE $maxLength >= 3
    MATCH p = (a)((x)-[r]-(y:Entity)
      WHERE ($types IS NULL OR type(r) IN $types)
        AND ($labels IS NULL OR y = b OR any(label IN labels(y) WHERE label IN $labels))
    ){3}(b)
    WHERE all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
    RETURN p LIMIT $limit
    UNION ALL
    WITH a, b WHERE $maxLength >= 4
    MATCH p = (a)((x)-[r]-(y:Entity)
      WHERE ($types IS NULL OR type(r) IN $types)
        AND ($labels IS NULL OR y = b OR any(label IN labels(y) WHERE label IN $labels))
    ){4}(b)
    WHERE all(i IN range(0, length(p) - 1) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
    RETURN p LIMIT $limit
  }
  WITH p ORDER BY length(p) LIMIT $limit
  RETURN collect({
    nodes: [n IN nodes(p) | {id: n.id, labels: [l IN labels(n) WHERE l <> 'Entity'], properties: properties(n)}],
    edges: [r IN relationships(p) | {id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id, properties: properties(r)}]
  }) AS paths
}
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, paths
