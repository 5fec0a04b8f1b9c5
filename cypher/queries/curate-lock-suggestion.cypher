// One suggestion, locked for review (two editors reviewing it at once: the second sees it reviewed).
// Params: $id (suggestion id). No row when unknown.
MATCH (s:Suggestion {id: $id})
SET s._lock = true
REMOVE s._lock
RETURN properties(s) AS suggestion
