// Creates a personal API token; only the SHA-256 digest of its secret is stored.
// Params: $id, $accountId, $name, $digest (hex), $created (ISO date-time).
MATCH (a:Account {id: $accountId})
CREATE (t:ApiToken {id: $id, account_id: a.id, name: $name, digest: $digest, created: $created})
RETURN t {.id, .name, .created, lastUsed: t.last_used} AS token
