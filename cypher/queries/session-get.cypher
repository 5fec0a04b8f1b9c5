// A live session by the SHA-256 digest of its id (the id itself is never stored).
// Params: $digest (hex), $now (epoch ms).
MATCH (s:Session {digest: $digest})
WHERE s.expires > $now
RETURN s.data AS data
