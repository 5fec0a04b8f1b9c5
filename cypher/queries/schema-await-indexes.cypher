// Waits until every index is online (the full-text index must be before search or seeding rely on it).
// Params: $seconds: how long to wait before failing.
CALL db.awaitIndexes($seconds)
