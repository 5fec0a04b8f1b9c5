// Writes the stories of seed/stories.json as :View nodes of kind 'story' marked `seed`. A story an
// editor has saved since (no longer `seed`) is theirs: the reseed leaves it as it is.
// Params: $stories: [{ id, kind, title_en, title_fr, languages, author, created, updated, updated_by,
//         thumbnail, steps (JSON text), step_count, seed, view }].
UNWIND $stories AS story
MERGE (v:View {id: story.id})
WITH v, story
WHERE v.kind IS NULL OR v.seed = true
SET v = story
RETURN count(v) AS count
