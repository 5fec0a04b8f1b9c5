// Takes the write lock on one story before it is replaced, and returns it (no row when unknown),
// so two saves of the same story are applied one after the other, each audited with its before-state.
// Params: $id (story id).
MATCH (v:View {id: $id, kind: 'story'})
SET v._lock = true
REMOVE v._lock
RETURN properties(v) AS story
