// Pushes a live session's expiry forward (rolling sessions). Written only when it moves by more than
// $slackMs, so a busy page does not write on every request.
// Params: $digest, $expires (epoch ms), $slackMs.
MATCH (s:Session {digest: $digest})
WHERE s.expires < $expires - $slackMs
SET s.expires = $expires
