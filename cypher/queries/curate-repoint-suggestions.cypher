// Once a proposed entity exists (created, or found to be an existing one), the open suggestions of its
// group name its real id instead of the placeholder. The placeholder is a unique id, quoted as a JSON
// string, so the replacement touches only the ends that named it.
// Params: $group (group id), $from (JSON string of the placeholder id), $to (JSON string of the real id).
MATCH (s:Suggestion {group: $group, status: 'open'})
SET s.change = replace(s.change, $from, $to)
RETURN count(s) AS repointed
