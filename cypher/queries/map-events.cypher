// Events in the time filter with where they took place: the city they were held in (its
// coordinates when the seed has them, and its country), else the country they were held in or
// hosted by; null when the source names no place.
// Params: $time (time filter or null, cypher/fragments/inTime.cypher).
MATCH (e:Event)
WHERE @inTimeNode(e)
OPTIONAL CALL (e) {
  MATCH (e)-[:HELD_IN]->(city:City)
  OPTIONAL MATCH (city)-[:LOCATED_IN]->(country:Country)
  RETURN city, country.id AS cityCountry
  LIMIT 1
}
OPTIONAL CALL (e) {
  MATCH (e)-[:HELD_IN]->(held:Country)
  RETURN held.id AS heldIn
  LIMIT 1
}
OPTIONAL CALL (e) {
  MATCH (host:Country)-[:HOSTED]->(e)
  RETURN host.id AS hostedBy
  LIMIT 1
}
RETURN e.id AS id, e.name_en AS name_en, e.name_fr AS name_fr, e.start AS start, e.end AS end,
  e.participants AS participants,
  CASE WHEN city IS NULL THEN null ELSE {id: city.id, name_en: city.name_en, name_fr: city.name_fr, lat: city.lat, lon: city.lon} END AS city,
  coalesce(cityCountry, heldIn, hostedBy) AS country
ORDER BY start, id
