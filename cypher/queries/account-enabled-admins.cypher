// The ids of the enabled admin accounts, read after account-lock-admins in the same transaction.
// Params: none.
MATCH (a:Account {role: 'admin'})
WHERE NOT coalesce(a.disabled, false)
RETURN collect(a.id) AS ids
