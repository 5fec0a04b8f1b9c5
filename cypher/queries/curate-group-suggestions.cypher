// The other open suggestions of a group (a proposed new entity and the relationships that name it),
// so they follow their entity: repointed when it is accepted, rejected with it.
// Params: $group (group id), $id (the suggestion being reviewed, left out).
MATCH (s:Suggestion {group: $group, status: 'open'})
WHERE s.id <> $id
RETURN properties(s) AS suggestion
ORDER BY s.created_at, s.id
