// An account's personal API tokens (never their digests).
// Params: $accountId.
MATCH (t:ApiToken {account_id: $accountId})
RETURN t {.id, .name, .created, lastUsed: t.last_used} AS token
ORDER BY t.created, t.id
