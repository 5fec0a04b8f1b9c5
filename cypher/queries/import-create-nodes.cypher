// Creates nodes an import checked are new. Every node carries :Entity plus its label.
// Params: $rows: [{ id, label, properties }] (label checked against the vocabulary).
UNWIND $rows AS row
CREATE (n:Entity)
SET n = row.properties
SET n:$(row.label)
RETURN count(n) AS count
