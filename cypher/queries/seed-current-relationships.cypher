// The current state of seeded relationships a curator touched. Params: $rows [{id, from, to}].
// One row per input row; properties is null when the relationship is gone.
UNWIND $rows AS row
OPTIONAL MATCH (a:Entity {id: row.from})-[r]->(:Entity {id: row.to})
WHERE r.id = row.id
RETURN row.id AS id, properties(r) AS properties
