// Actor-to-actor cooperation network: two actors are linked when both took part in the same events
// through one of $types (ORGANISED, CO_ORGANISED, PARTICIPATED_IN, HOSTED, FUNDED); the weight is
// the number of shared events. Starts from the events in the filters, so it suits whole-graph views;
// cooperation-of-actors.cypher starts from given actors instead.
// Params: $types (actor→event relationship types), $time (time filter or null, cypher/fragments),
//         $country, $topic (event filters or null), $minWeight, $limit (max links, heaviest first),
//         $eventsPerLink (max event ids listed on one link).
MATCH (e:Event)
WHERE @inTimeNode(e)
  AND ($country IS NULL
       OR EXISTS { (e)-[:HELD_IN]->(:City)-[:LOCATED_IN]->(:Country {id: $country}) }
       OR EXISTS { (e)-[:HELD_IN]->(:Country {id: $country}) }
       OR EXISTS { (:Country {id: $country})-[:HOSTED]->(e) })
  AND ($topic IS NULL OR EXISTS { (e)-[:ADDRESSES]->(:Topic {id: $topic}) })
MATCH (a:Actor)-[ra]->(e)<-[rb]-(b:Actor)
WHERE a.id < b.id AND type(ra) IN $types AND type(rb) IN $types
WITH a, b, e, ra.sources + rb.sources AS sources
ORDER BY e.start, e.id
WITH a, b, collect(DISTINCT e.id) AS events, min(e.start) AS first, max(e.start) AS last, collect(sources) AS sourceLists
WITH a, b, events, first, last, sourceLists, size(events) AS weight
WHERE weight >= $minWeight
ORDER BY weight DESC, a.id, b.id
WITH collect({a: a, b: b, events: events, weight: weight, first: first, last: last, sourceLists: sourceLists}) AS links
UNWIND links[..$limit] AS link
WITH links, link, COLLECT { UNWIND link.sourceLists AS list UNWIND list AS source RETURN DISTINCT source } AS sources
RETURN
  size(links) AS total,
  {id: link.a.id, labels: [l IN labels(link.a) WHERE l <> 'Entity'], properties: properties(link.a)} AS a,
  {id: link.b.id, labels: [l IN labels(link.b) WHERE l <> 'Entity'], properties: properties(link.b)} AS b,
  link.weight AS weight, link.events[..$eventsPerLink] AS events, link.first AS first, link.last AS last,
  sources
