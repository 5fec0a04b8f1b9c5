// Reverting a merge: removes the merged id's redirect and points the redirects the merge had re-pointed
// (ids merged into the merged entity before) back at it.
// Params: $id (merged id, which exists again), $to (the kept id), $older (redirect ids the merge re-pointed).
OPTIONAL MATCH (r:Redirect {id: $id})
DELETE r
WITH count(r) AS removed
OPTIONAL MATCH (older:Redirect)
WHERE older.id IN $older AND older.to = $to
SET older.to = $id
RETURN removed, count(older) AS restored
