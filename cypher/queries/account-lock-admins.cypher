// Takes the write lock of every enabled admin account, in id order (two such transactions then
// never deadlock), so that two admins demoting or disabling each other at once cannot both pass
// the last-admin check: the second waits, then counts what the first committed.
// Params: none.
MATCH (a:Account {role: 'admin'})
WHERE NOT coalesce(a.disabled, false)
WITH a
ORDER BY a.id
SET a._lock = true
REMOVE a._lock
RETURN count(a) AS locked
