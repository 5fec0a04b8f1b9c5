// Creates or replaces a story as a :View of kind 'story' (no :Entity label, no relationship, so
// search, expand and exports never see it). Steps travel as JSON text: Neo4j properties cannot be maps.
// Params: $story {id, kind, title_en, title_fr, languages, author, created, updated, updated_by,
//         steps (JSON text), step_count, thumbnail}.
MERGE (v:View {id: $story.id})
SET v = $story
RETURN properties(v) AS story
