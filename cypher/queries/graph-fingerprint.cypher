// Every node (sorted labels, properties) and every relationship (type, end node ids, properties) of
// the database, in a stable order, so reliability tests and `npm run chaos` can count per label and
// type and hash the content before and after an ordeal. An end without an `id` is named by its
// properties, not its element id, which a restore or a rebuild does not keep. Maintenance only: it reads the whole graph.
// Params: none.
CALL () {
  MATCH (n)
  RETURN 'node' AS kind, COLLECT { UNWIND labels(n) AS label RETURN label ORDER BY label } AS names, properties(n) AS properties, null AS source, null AS target
  UNION ALL
  MATCH (a)-[r]->(b)
  RETURN 'relationship' AS kind, [type(r)] AS names, properties(r) AS properties, coalesce(a.id, properties(a)) AS source, coalesce(b.id, properties(b)) AS target
}
RETURN kind, names, properties, source, target
