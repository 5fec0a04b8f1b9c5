// Deletes up to $limit nodes with their relationships: `npm run restore -- --force` empties the
// database this way before restoring, and a failed restore removes what it wrote. Repeated until 0.
// Params: $limit — nodes per transaction.
MATCH (n)
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted
