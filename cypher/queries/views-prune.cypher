// Deletes the :View nodes whose id is no longer in seed/views.json.
// Params: $ids (the ids of the views just loaded).
MATCH (v:View) WHERE NOT v.id IN $ids
DETACH DELETE v
RETURN count(*) AS count
