// Creates an ingested document: its Source (an :Entity, like the seed's sources) and its passages,
// (:Source)-[:HAS_PASSAGE]->(:Passage). Passages are not entities: search, expand and export never
// reach them; provenance does. CREATE, not MERGE: the content-hash constraint refuses a duplicate.
// Params: $id (Source id), $properties (Source properties, content_sha256 included),
//         $passages ([{ id, order, text, page, start, end, heading }]).
CREATE (s:Entity:Source {id: $id})
SET s += $properties
WITH s
UNWIND $passages AS passage
CREATE (s)-[:HAS_PASSAGE {id: passage.id}]->(p:Passage)
SET p = passage, p.source = $id
RETURN s.id AS id, count(p) AS passages
