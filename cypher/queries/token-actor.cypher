// The account behind a personal API token (by the digest of the presented secret), if it is enabled.
// Params: $digest (hex).
MATCH (t:ApiToken {digest: $digest})
MATCH (a:Account {id: t.account_id})
RETURN t.id AS tokenId, t.last_used AS lastUsed, a {.id, .name, .role, .disabled} AS account
