// Neighbours of one or several seed nodes within 3 hop(s), breadth-first (one shortest path per
// reached node, so hubs are not enumerated path by path). Cypher cannot parameterise the hop bound:
// expand-depth-1/2/3 are identical except for the quantifier {1,3} (a unit test keeps them in sync).
// Params: $ids (seed ids), $direction ('out'|'in'|'both'), $labels, $types (lists or null),
//         $time (time filter or null, cypher/fragments), $country (ISO alpha-2 or null), $topic (Topic id or null),
//         $limit (how many reached nodes to return, closest and best-connected first).
// Time: each relationship and node holds by its rule (api/src/model/time-rules.ts, @inTime).
MATCH (seed:Entity) WHERE seed.id IN $ids
WITH collect(seed) AS seeds
CALL (seeds) {
  UNWIND seeds AS seed
  MATCH p = ANY SHORTEST (seed)((a)-[r]-(b:Entity)
    WHERE ($types IS NULL OR type(r) IN $types)
      AND ($direction = 'both' OR ($direction = 'out' AND startNode(r) = a) OR ($direction = 'in' AND endNode(r) = a))
      AND @inTime(r)
      AND ($labels IS NULL OR any(label IN labels(b) WHERE label IN $labels))
      AND @inTimeNode(b)
      AND (NOT b:Event OR (
        ($country IS NULL
             OR EXISTS { (b)-[:HELD_IN]->(:City)-[:LOCATED_IN]->(:Country {id: $country}) }
             OR EXISTS { (b)-[:HELD_IN]->(:Country {id: $country}) }
             OR EXISTS { (:Country {id: $country})-[:HOSTED]->(b) })
        AND ($topic IS NULL OR EXISTS { (b)-[:ADDRESSES]->(:Topic {id: $topic}) })
      ))
  ){1,3}(reached)
  WHERE NOT reached IN seeds
  WITH reached, min(length(p)) AS distance
  WITH reached, distance, COUNT { (reached)--() } AS degree
  ORDER BY distance, degree DESC, reached.id
  WITH collect({node: reached, distance: distance}) AS found
  RETURN
    [x IN found[..$limit] | {
      id: x.node.id, labels: [l IN labels(x.node) WHERE l <> 'Entity'], properties: properties(x.node),
      distance: x.distance, elementId: elementId(x.node)
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
  [s IN seeds | {
    id: s.id, labels: [l IN labels(s) WHERE l <> 'Entity'], properties: properties(s), distance: 0, elementId: elementId(s)
  }] AS seeds,
  kept, total, omittedByLabel
