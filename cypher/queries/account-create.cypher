// Creates an account (issue 14). Never labelled :Entity, so no exploration query reaches it.
// Params: $id (generated), $name (lower-case sign-in name), $role (viewer|editor|admin),
//         $passwordHash (argon2id PHC string), $created (ISO date-time).
CREATE (a:Account {id: $id, name: $name, role: $role, password_hash: $passwordHash, disabled: false, created: $created})
RETURN a {.id, .name, .role, .disabled, .created} AS account
