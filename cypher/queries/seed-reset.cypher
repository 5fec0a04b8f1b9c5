// Deletes every node and relationship (used by `npm run seed -- --reset` inside the load transaction).
// Params: none.
MATCH (n)
DETACH DELETE n
