// Ends a session (sign-out).
// Params: $digest.
MATCH (s:Session {digest: $digest})
DETACH DELETE s
