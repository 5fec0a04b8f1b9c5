// Deletes the :View nodes whose id is no longer in seed/views.json.
// Params: $ids (the ids of the views just loaded).
// Trainers' stories (kind 'story') are not seed data: a reseed never removes them.
MATCH (v:View) WHERE NOT v.id IN $ids AND v.kind IS NULL
DETACH DELETE v
RETURN count(*) AS count
