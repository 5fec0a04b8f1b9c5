// An ingested document's passages in reading order, with the number of proposals of each (review-queue
// suggestions and stored proposals alike).
// Params: $id (Source id).
MATCH (s:Source {id: $id})-[:HAS_PASSAGE]->(p:Passage)
RETURN p.id AS id, p.order AS order, p.page AS page, p.start AS start, p.end AS end, p.text AS text,
       COUNT { (p)-[:PROPOSES]->() } AS proposals
ORDER BY p.order
