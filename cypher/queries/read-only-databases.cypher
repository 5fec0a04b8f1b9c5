// The databases Neo4j treats as read-only through server.databases.read_only right now: the
// configured ones, plus any it added itself at runtime when it failed to preallocate a
// transaction log file on a full disk ("Dynamic failover to read-only mode").
// Params: none.
CALL dbms.listConfig('server.databases.read_only') YIELD value
RETURN value
