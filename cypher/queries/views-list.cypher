// Every curated view, in the order of seed/views.json.
// Trainers' stories are :View nodes too (kind 'story'); they are listed by stories-list.
// Params: none.
MATCH (v:View) WHERE v.kind IS NULL
RETURN properties(v) AS view
ORDER BY v.position, v.id
