// Every curated view, in the order of seed/views.json.
// Params: none.
MATCH (v:View)
RETURN properties(v) AS view
ORDER BY v.position, v.id
