// Marks a suggestion of the review queue as coming from an ingested document, grouped by document and
// passage: origin 'ingest', its Source and Passage ids and confidence, and (:Passage)-[:PROPOSES]->(:Suggestion).
// Params: $id (Suggestion id), $source (Source id), $passage (Passage id), $confidence (0–1), $kind (relationship|provenance).
MATCH (s:Suggestion {id: $id})
MATCH (p:Passage {id: $passage})
SET s.origin = 'ingest', s.source = $source, s.passage = $passage, s.confidence = $confidence, s.proposal_kind = $kind
CREATE (p)-[:PROPOSES {id: $id}]->(s)
RETURN s.id AS id
