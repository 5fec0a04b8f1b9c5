// The latest delete change of an element that was not reverted since, to restore it from its before-state.
// Params: $kind ('node' | 'relationship'), $id (element id).
MATCH (c:Change {element_kind: $kind, element_id: $id, action: 'delete'})
WHERE c.reverted_by IS NULL
RETURN properties(c) AS change
ORDER BY c.at DESC
LIMIT 1
