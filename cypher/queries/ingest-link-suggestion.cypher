// Marks a suggestion of the review queue as coming from an ingested document, grouped by document and
// passage: origin 'ingest', its Source and Passage ids and confidence, and (:Passage)-[:PROPOSES]->(:Suggestion).
// A new entity or event and the facts that name it share a group; the entity's suggestion holds the
// placeholder id those facts name (proposes) and the existing entities it may be the same as (candidates).
// Params: $id (Suggestion id), $source (Source id), $passage (Passage id), $confidence (0–1),
//         $kind (entity|event|relationship|provenance), $group (or null), $proposes (or null),
//         $candidates (JSON text: [{id, similarity}]).
MATCH (s:Suggestion {id: $id})
MATCH (p:Passage {id: $passage})
SET s.origin = 'ingest', s.source = $source, s.passage = $passage, s.confidence = $confidence, s.proposal_kind = $kind,
    s.group = $group, s.proposes = $proposes, s.candidates = $candidates
CREATE (p)-[:PROPOSES {id: $id}]->(s)
RETURN s.id AS id
