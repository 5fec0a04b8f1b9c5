// The redirects that point at an entity (ids merged into it earlier). A merge of that entity re-points
// them and keeps their ids in its change record, so reverting the merge can point them back.
// Params: $id (entity id).
MATCH (r:Redirect {to: $id})
RETURN r.id AS id
ORDER BY id
