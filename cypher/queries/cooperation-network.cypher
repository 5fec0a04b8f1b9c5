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
// Each event's place (the city, or country, it was held in) and topics, computed once per event.
WITH e, head([(e)-[:HELD_IN]->(place) | place]) AS place, [(e)-[:ADDRESSES]->(topic:Topic) | topic] AS eventTopics
MATCH (a:Actor)-[ra]->(e)<-[rb]-(b:Actor)
WHERE a.id < b.id AND type(ra) IN $types AND type(rb) IN $types
WITH a, b, e, place, eventTopics, ra.sources + rb.sources AS sources
ORDER BY e.start, e.id
WITH a, b, collect(DISTINCT e.id) AS events, min(e.start) AS first, max(e.start) AS last, collect(sources) AS sourceLists,
     collect(DISTINCT {event: e, place: place, topics: eventTopics}) AS shared
WITH a, b, events, first, last, sourceLists, shared, size(events) AS weight
WHERE weight >= $minWeight
ORDER BY weight DESC, a.id, b.id
WITH collect({a: a, b: b, events: events, weight: weight, first: first, last: last, sourceLists: sourceLists, shared: shared}) AS links
UNWIND links[..$limit] AS link
WITH links, link, COLLECT { UNWIND link.sourceLists AS list UNWIND list AS source RETURN DISTINCT source } AS sources
// Shared events named and placed, in date order, and the topics they addressed, most shared first:
// enough to say "on what" without another request.
WITH links, link, sources,
  [entry IN link.shared[..$eventsPerLink] | {id: entry.event.id, name_en: entry.event.name_en, name_fr: entry.event.name_fr,
    short_name_en: entry.event.short_name_en, short_name_fr: entry.event.short_name_fr, kind: entry.event.kind,
    start: entry.event.start, end: entry.event.end, online: coalesce(entry.event.online, false),
    place_en: coalesce(entry.place.name_en, entry.place.name_fr), place_fr: coalesce(entry.place.name_fr, entry.place.name_en)}] AS eventDetails,
  COLLECT {
    UNWIND link.shared AS entry
    UNWIND entry.topics AS topic
    WITH topic, count(*) AS eventCount ORDER BY eventCount DESC, topic.id
    RETURN {id: topic.id, name_en: topic.name_en, name_fr: topic.name_fr, events: eventCount}
  } AS topics
RETURN
  size(links) AS total,
  {id: link.a.id, labels: [l IN labels(link.a) WHERE l <> 'Entity'], properties: properties(link.a)} AS a,
  {id: link.b.id, labels: [l IN labels(link.b) WHERE l <> 'Entity'], properties: properties(link.b)} AS b,
  link.weight AS weight, link.events[..$eventsPerLink] AS events, link.first AS first, link.last AS last,
  sources, eventDetails, topics
