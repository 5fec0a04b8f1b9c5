// Upserts a batch of nodes. Every node carries :Entity (for id lookups) plus its label.
// Params: $rows: [{ id, label, properties }] — label already checked against the vocabulary allow-list.
// SET n = properties replaces all properties, so reloading the same seed is idempotent.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n:$(row.label)
SET n = row.properties
RETURN count(n) AS count
