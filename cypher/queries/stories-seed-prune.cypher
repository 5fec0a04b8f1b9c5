// Deletes the seed stories (kind 'story', `seed` true) that seed/stories.json no longer lists.
// Trainers' stories, and seed stories an editor has saved since, are never touched.
// Params: $ids (the ids of the seed stories just loaded).
MATCH (v:View {kind: 'story', seed: true}) WHERE NOT v.id IN $ids
DETACH DELETE v
RETURN count(*) AS count
