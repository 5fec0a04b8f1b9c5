// The country of each actor's headquarters (actor → HEADQUARTERED_IN → city → LOCATED_IN → country),
// to draw cooperation links between places.
// Params: $ids (actor ids).
MATCH (a:Actor)-[:HEADQUARTERED_IN]->(:City)-[:LOCATED_IN]->(c:Country)
WHERE a.id IN $ids
RETURN a.id AS id, min(c.id) AS country
