// One page of the audit trail, newest first, with keyset paging on (at, id). The changes of one
// element are read through an index instead (curate-changes-of-element).
// Params: $user (actor name or null), $action (or null),
//         $from, $to (ISO instants or null; from inclusive, to exclusive),
//         $cursorAt, $cursorId (the last change of the previous page, or null), $limit.
MATCH (c:Change)
WHERE ($user IS NULL OR c.actor = $user)
  AND ($action IS NULL OR c.action = $action)
  AND ($from IS NULL OR c.at >= $from)
  AND ($to IS NULL OR c.at < $to)
  AND ($cursorAt IS NULL OR c.at < $cursorAt OR (c.at = $cursorAt AND c.id < $cursorId))
RETURN properties(c) AS change
ORDER BY c.at DESC, c.id DESC
LIMIT $limit
