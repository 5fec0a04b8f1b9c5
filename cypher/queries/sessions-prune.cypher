// Deletes expired sessions (a few at a time, so it never holds a big transaction).
// Params: $now (epoch ms), $limit.
MATCH (s:Session)
WHERE s.expires <= $now
WITH s LIMIT $limit
DETACH DELETE s
RETURN count(*) AS pruned
