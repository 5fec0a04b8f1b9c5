// The transaction memory limits the server applies (bytes as Neo4j writes them, e.g. "128.00MiB",
// or "0B" for none): an import estimated to need more is refused before it writes.
// Params: none.
SHOW SETTINGS YIELD name, value
WHERE name IN ['db.memory.transaction.max', 'dbms.memory.transaction.total.max']
RETURN name, value
