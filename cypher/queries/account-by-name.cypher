// One account by its sign-in name, with its password hash (for sign-in only).
// Params: $name (lower-case sign-in name).
MATCH (a:Account {name: $name})
RETURN a {.id, .name, .role, .disabled, .created} AS account, a.password_hash AS passwordHash
