// The changes that touched one element (node or relationship id), newest first. A merge lists the
// merged and the kept entity and every relationship it moved, so both histories show it.
// Served by the TEXT index change_touches (c.touches CONTAINS the id between separators), not by
// a scan of every :Change. Changes recorded before `touches` existed are found by their own
// element through the change_element index (those that only touched the element in passing are not).
// Params: $id (element id), $needle (the id between separators, see touchNeedle in curation/audit.ts), $limit.
CALL () {
  MATCH (c:Change)
  WHERE c.touches CONTAINS $needle
  RETURN c
  UNION
  MATCH (c:Change {element_id: $id})
  WHERE c.touches IS NULL
  RETURN c
}
RETURN properties(c) AS change
ORDER BY c.at DESC, c.id DESC
LIMIT $limit
