// Deletes up to $limit relationships: the first half of emptying the database (`npm run restore --
// --force`, or undoing a failed restore). Relationships go first, in bounded batches, because one
// DETACH DELETE of a hub with 50,000 relationships would exceed the transaction memory limit.
// Params: $limit — relationships per transaction. Repeated until it answers 0.
MATCH ()-[r]->()
WITH r LIMIT $limit
DELETE r
RETURN count(*) AS deleted
