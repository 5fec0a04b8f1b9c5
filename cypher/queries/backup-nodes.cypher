// Every node of the database except the excluded labels (sessions), for `npm run backup` and for
// the check after `npm run restore`. Streamed inside one read transaction; elementId only serves
// to name the node within that transaction.
// Params: $excluded: [label] — labels whose nodes are left out.
MATCH (n)
WHERE none(label IN labels(n) WHERE label IN $excluded)
RETURN elementId(n) AS element, labels(n) AS labels, properties(n) AS props
