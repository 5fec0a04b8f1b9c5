// The review queue: suggestions with one status, oldest first (open ones are reviewed in order).
// Params: $status ('open' | 'accepted' | 'rejected'), $limit.
MATCH (s:Suggestion {status: $status})
RETURN properties(s) AS suggestion
ORDER BY s.created_at, s.id
LIMIT $limit
