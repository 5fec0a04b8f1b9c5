// The seat of each actor (actor → HEADQUARTERED_IN → city → LOCATED_IN → country), with the
// city's coordinates when known, to draw cooperation links between places. An actor with two
// seats is placed at the first by city id, so the answer is stable.
// Params: $ids (actor ids).
MATCH (a:Actor)-[:HEADQUARTERED_IN]->(city:City)-[:LOCATED_IN]->(c:Country)
WHERE a.id IN $ids
WITH a, city, c
ORDER BY a.id, city.id, c.id
WITH a, collect({city: city, country: c.id})[0] AS seat
RETURN a.id AS id, seat.country AS country,
  {id: seat.city.id, name_en: seat.city.name_en, name_fr: seat.city.name_fr, lat: seat.city.lat, lon: seat.city.lon} AS city
