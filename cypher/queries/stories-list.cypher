// Every saved story (a :View of kind 'story'), most recently updated first. Steps stay out: the
// list shows cards (title, author, dates, thumbnail, number of steps, seed story or not, its view).
// Params: none.
MATCH (v:View {kind: 'story'})
RETURN v {.id, .title_en, .title_fr, .languages, .author, .created, .updated, .updated_by, .thumbnail, .step_count, .seed, .view} AS story
ORDER BY v.updated DESC, v.id
