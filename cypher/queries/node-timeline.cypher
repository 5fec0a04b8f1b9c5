// One node's activity over time: the events it is linked to (dated by the event's start) and its
// own dated relationships to other nodes (dated by the relationship's date or start), per period
// and relationship type.
// Params: $id (node id), $granularity ('year'|'month'), $types (relationship types or null),
//         $time (time filter or null, cypher/fragments), $country, $topic (event filters, or null).
// Returns no row when the id is unknown; otherwise one row per period (null for activities dated
// too coarsely for the granularity) with the number of distinct activities and their count per type;
// a node without activity gives one row with count 0.
MATCH (n:Entity {id: $id})
OPTIONAL CALL (n) {
  MATCH (n)-[r]-(e:Event)
  WHERE ($types IS NULL OR type(r) IN $types)
    AND @inTimeNode(e)
    AND ($country IS NULL
         OR EXISTS { (e)-[:HELD_IN]->(:City)-[:LOCATED_IN]->(:Country {id: $country}) }
         OR EXISTS { (e)-[:HELD_IN]->(:Country {id: $country}) }
         OR EXISTS { (:Country {id: $country})-[:HOSTED]->(e) })
    AND ($topic IS NULL OR EXISTS { (e)-[:ADDRESSES]->(:Topic {id: $topic}) })
  RETURN e.start AS date, type(r) AS type, e.id AS activity
  UNION ALL
  MATCH (n)-[r]-(other:Entity)
  WHERE NOT other:Event AND coalesce(r.date, r.start) IS NOT NULL
    AND ($types IS NULL OR type(r) IN $types)
    AND @inTime(r) AND @inTimeNode(other)
    AND $country IS NULL AND $topic IS NULL
  RETURN coalesce(r.date, r.start) AS date, type(r) AS type, r.id AS activity
}
WITH n, CASE
  WHEN date IS NULL THEN null
  WHEN $granularity = 'year' THEN left(date, 4)
  WHEN size(date) >= 7 THEN left(date, 7)
END AS period, activity, collect(DISTINCT type) AS types
WITH n, period, count(activity) AS count, collect(types) AS typeLists
RETURN
  n.id AS id, period, count,
  COLLECT {
    UNWIND typeLists AS typeList
    UNWIND typeList AS type
    WITH type, count(*) AS typeCount
    WHERE type IS NOT NULL
    RETURN {type: type, count: typeCount}
  } AS byType
ORDER BY period
