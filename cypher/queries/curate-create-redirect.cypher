// Leaves a merged entity's id as a redirect to the entity it was merged into, and re-points older
// redirects to it, so chains stay one hop. Params: $id (merged id), $to (kept id), $change (change id).
MERGE (r:Redirect {id: $id})
SET r.to = $to, r.change = $change
WITH r
OPTIONAL MATCH (older:Redirect {to: $id})
SET older.to = $to
RETURN r.id AS id
