// One curated view. No row when the id is unknown.
// Params: $id (view id).
MATCH (v:View {id: $id}) WHERE v.kind IS NULL
RETURN properties(v) AS view
