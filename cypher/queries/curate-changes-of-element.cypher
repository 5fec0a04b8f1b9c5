// One page of the audit trail of one element (GET /api/changes?element=), newest first, with keyset
// paging on (at, id) and the other filters of curate-changes. The changes come from the TEXT index
// change_touches (c.touches CONTAINS the id between separators) and, for changes recorded before
// `touches` existed, from the change_element index: never from a scan of every :Change.
// Params: $element (element id), $needle (the id between separators, see touchNeedle in
//         api/src/curation/audit.ts), $user (actor name or null), $action (or null),
//         $from, $to (ISO instants or null; from inclusive, to exclusive),
//         $cursorAt, $cursorId (the last change of the previous page, or null), $limit.
CALL () {
  MATCH (c:Change)
  WHERE c.touches CONTAINS $needle
  RETURN c
  UNION
  MATCH (c:Change {element_id: $element})
  WHERE c.touches IS NULL
  RETURN c
}
WITH c
WHERE ($user IS NULL OR c.actor = $user)
  AND ($action IS NULL OR c.action = $action)
  AND ($from IS NULL OR c.at >= $from)
  AND ($to IS NULL OR c.at < $to)
  AND ($cursorAt IS NULL OR c.at < $cursorAt OR (c.at = $cursorAt AND c.id < $cursorId))
RETURN properties(c) AS change
ORDER BY c.at DESC, c.id DESC
LIMIT $limit
