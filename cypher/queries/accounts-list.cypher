// Every account, by name (no credential returned).
// Params: none.
MATCH (a:Account)
RETURN a {.id, .name, .role, .disabled, .created} AS account
ORDER BY a.name
