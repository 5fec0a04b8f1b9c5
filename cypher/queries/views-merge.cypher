// Upserts the curated views as :View nodes. They carry no :Entity label and no relationship, so
// entity queries (search, expand, metrics…) never see them. Specs and positions are JSON strings
// because Neo4j properties cannot be maps.
// Params: $views: [{ id, title_en, title_fr, summary_en, summary_fr, description_en, description_fr, query, params, positions, seeds, position }].
UNWIND $views AS view
MERGE (v:View {id: view.id})
SET v = view
RETURN count(v) AS count
