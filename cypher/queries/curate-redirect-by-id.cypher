// Where one merged id redirects to, if it still does (reverting a merge checks it first).
// Params: $id (merged id). No row when there is no redirect.
MATCH (r:Redirect {id: $id})
RETURN r.to AS to, r.change AS change
