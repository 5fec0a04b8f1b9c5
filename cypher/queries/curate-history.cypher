// The changes that touched one element (node or relationship id), newest first. A merge lists the
// merged and the kept entity and every relationship it moved, so both histories show it.
// Params: $id (element id), $limit.
MATCH (c:Change)
WHERE $id IN c.elements
RETURN properties(c) AS change
ORDER BY c.at DESC, c.id DESC
LIMIT $limit
