// Closes a suggestion: accepted (with the change that applied it) or rejected (with a reason).
// Params: $id, $status ('accepted' | 'rejected'), $reviewedBy (name), $reviewedAt (ISO instant),
//         $reason (or null), $changeId (or null).
MATCH (s:Suggestion {id: $id})
SET s.status = $status, s.reviewed_by = $reviewedBy, s.reviewed_at = $reviewedAt, s.reason = $reason, s.change_id = $changeId
RETURN properties(s) AS suggestion
