// Records when a token was last used (to the minute: the caller writes at most once a minute).
// Params: $id, $at (ISO date-time).
MATCH (t:ApiToken {id: $id})
SET t.last_used = $at
