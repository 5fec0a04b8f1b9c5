// Queues a viewer's suggested correction for review. A technical label, never :Entity.
// Params: $suggestion {id, status, created_at, suggested_by, target_kind, target_id, change (JSON text),
//         provenance (JSON text), note}.
CREATE (s:Suggestion)
SET s = $suggestion
RETURN properties(s) AS suggestion
