// Deletes one story; returns what it was (for the audit record). No row when the id is unknown.
// Params: $id (story id).
MATCH (v:View {id: $id, kind: 'story'})
WITH v, properties(v) AS story
DETACH DELETE v
RETURN story
