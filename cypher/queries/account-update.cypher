// Changes an account's role, disabled flag or password hash (null: unchanged). Disabling an account
// also ends its sessions at once.
// Params: $id, $role (or null), $disabled (boolean or null), $passwordHash (or null).
MATCH (a:Account {id: $id})
SET a.role = coalesce($role, a.role),
    a.disabled = coalesce($disabled, a.disabled),
    a.password_hash = coalesce($passwordHash, a.password_hash)
WITH a
CALL (a) {
  WITH a WHERE a.disabled
  MATCH (s:Session {account_id: a.id})
  DETACH DELETE s
}
RETURN a {.id, .name, .role, .disabled, .created} AS account
