// Creates one batch of nodes from a backup file and answers each one's element id, by which the
// relationships of the file find their ends. Labels are set with dynamic labels (checked against a
// safe-identifier pattern before); props are already typed (integers, floats, temporals).
// Params: $rows: [{ key, labels: [label], props }].
UNWIND $rows AS row
CREATE (n)
SET n:$(row.labels)
SET n = row.props
RETURN row.key AS key, elementId(n) AS element
