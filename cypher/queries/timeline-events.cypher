// Number of events per year or per month, under the exploration filters. Events dated only to
// the year have no month: with month granularity they come back with period = null.
// Params: $granularity ('year'|'month'), $time (time filter or null, cypher/fragments/inTime.cypher), $country (ISO alpha-2 or null), $topic (Topic id or null),
//         $ids (node ids or null: count only events linked to one of these nodes).
MATCH (e:Event)
WHERE @inTimeNode(e)
  AND ($country IS NULL
       OR EXISTS { (e)-[:HELD_IN]->(:City)-[:LOCATED_IN]->(:Country {id: $country}) }
       OR EXISTS { (e)-[:HELD_IN]->(:Country {id: $country}) }
       OR EXISTS { (:Country {id: $country})-[:HOSTED]->(e) })
  AND ($topic IS NULL OR EXISTS { (e)-[:ADDRESSES]->(:Topic {id: $topic}) })
  AND ($ids IS NULL OR EXISTS { MATCH (e)--(linked:Entity) WHERE linked.id IN $ids })
WITH CASE
  WHEN $granularity = 'year' THEN left(e.start, 4)
  WHEN size(e.start) >= 7 THEN left(e.start, 7)
END AS period
RETURN period, count(*) AS count
ORDER BY period
