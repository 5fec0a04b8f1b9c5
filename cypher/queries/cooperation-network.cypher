// Actor-to-actor cooperation network: two actors are linked when both took part in the same events
// through one of $types (ORGANISED, CO_ORGANISED, PARTICIPATED_IN, HOSTED, FUNDED); the weight is
// the number of shared events. Starts from the events in the filters, so it suits whole-graph views;
// cooperation-of-actors.cypher starts from given actors instead.
// Params: $types (actor→event relationship types), $time (time filter or null, cypher/fragments),
//         $country, $topic (event filters or null), $minWeight, $limit (max links, heaviest first),
//         $eventsPerLink (max event ids listed on one link).
// Returns one row (none without links): total (links before $limit), links (by actor, event and topic ids),
// and the actors, events and topicNames they name, each once. Read by explore/cooperation.ts and, for the
// map's flows, explore/map.ts (both through cooperationRow).
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
// Per link: its sources, and the topics its shared events addressed, most shared first (ids only).
WITH links, link,
  COLLECT { UNWIND link.sourceLists AS list UNWIND list AS source RETURN DISTINCT source } AS sources,
  COLLECT {
    UNWIND link.shared AS entry
    UNWIND entry.topics AS topic
    WITH topic, count(*) AS eventCount ORDER BY eventCount DESC, topic.id
    RETURN {id: topic.id, events: eventCount}
  } AS topics
// One row: the links name actors, events and topics by id, and each of those is described once below,
// however many links share it (an event of 30 actors is listed by up to 29 links of one of them).
WITH size(links) AS total,
  collect({a: link.a.id, b: link.b.id, weight: link.weight, events: link.events[..$eventsPerLink], first: link.first, last: link.last,
    sources: sources, topics: topics}) AS kept,
  collect(link.a) + collect(link.b) AS ends,
  collect(link.shared) AS sharedLists
RETURN total, kept AS links,
  COLLECT {
    UNWIND ends AS actor
    WITH DISTINCT actor
    RETURN {id: actor.id, labels: [l IN labels(actor) WHERE l <> 'Entity'], properties: properties(actor)}
  } AS actors,
  // Shared events named and placed (only those a link lists), and the topics of all shared events:
  // enough to say "on what" without another request.
  COLLECT {
    UNWIND sharedLists AS shared
    UNWIND shared[..$eventsPerLink] AS entry
    WITH DISTINCT entry.event AS e, entry.place AS place
    RETURN {id: e.id, name_en: e.name_en, name_fr: e.name_fr, short_name_en: e.short_name_en, short_name_fr: e.short_name_fr,
      kind: e.kind, start: e.start, end: e.end, online: coalesce(e.online, false),
      place_en: coalesce(place.name_en, place.name_fr), place_fr: coalesce(place.name_fr, place.name_en)}
  } AS events,
  COLLECT {
    UNWIND sharedLists AS shared
    UNWIND shared AS entry
    UNWIND entry.topics AS topic
    WITH DISTINCT topic
    RETURN {id: topic.id, name_en: topic.name_en, name_fr: topic.name_fr}
  } AS topicNames
