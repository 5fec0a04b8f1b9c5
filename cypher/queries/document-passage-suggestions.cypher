// The open suggestions of one passage, for accepting or rejecting them as a group. Accepting takes the
// new entities first (the facts of their group name them); rejecting takes them last (rejecting a new
// entity rejects its facts too).
// Params: $id (Passage id), $entitiesFirst (boolean). No row when the passage does not exist.
MATCH (p:Passage {id: $id})
OPTIONAL MATCH (p)-[:PROPOSES]->(s:Suggestion {status: 'open'})
WITH p, s, CASE WHEN s.proposes IS NULL THEN 1 ELSE 0 END AS plain
ORDER BY CASE WHEN $entitiesFirst THEN plain ELSE -plain END, s.created_at, s.id
RETURN p.id AS passage, [x IN collect(s.id) WHERE x IS NOT NULL] AS suggestions
