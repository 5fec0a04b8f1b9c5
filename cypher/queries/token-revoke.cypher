// Revokes (deletes) one of an account's personal API tokens.
// Params: $id, $accountId.
MATCH (t:ApiToken {id: $id, account_id: $accountId})
DETACH DELETE t
RETURN count(*) AS revoked
