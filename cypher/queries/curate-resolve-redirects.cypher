// Where merged ids went: for each id that is a redirect, the id of the entity it was merged into.
// Params: $ids (list of ids). Ids without a redirect return no row.
MATCH (r:Redirect) WHERE r.id IN $ids
RETURN r.id AS id, r.to AS to
