// One saved story with its steps (JSON text). No row when the id is unknown.
// Params: $id (story id).
MATCH (v:View {id: $id, kind: 'story'})
RETURN properties(v) AS story
