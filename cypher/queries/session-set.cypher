// Creates or replaces a session.
// Params: $digest (hex SHA-256 of the session id), $data (JSON of the session), $expires (epoch ms),
//         $accountId (or null).
MERGE (s:Session {digest: $digest})
SET s.data = $data, s.expires = $expires, s.account_id = $accountId
