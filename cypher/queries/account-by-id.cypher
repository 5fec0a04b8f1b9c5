// One account by id (the actor behind a session or token; no credential returned).
// Params: $id.
MATCH (a:Account {id: $id})
RETURN a {.id, .name, .role, .disabled, .created} AS account
