// The string `id` values that more than one backed-up node carries: those nodes cannot be keyed by
// `id` in a backup file and get a generated key instead.
// Params: $excluded: [label] — labels whose nodes are left out.
MATCH (n)
WHERE n.id IS NOT NULL AND none(label IN labels(n) WHERE label IN $excluded)
WITH n.id AS id, count(*) AS copies
WHERE copies > 1
RETURN id
