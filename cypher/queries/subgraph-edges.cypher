// The relationships among a set of nodes already chosen by another query (expand, shared
// neighbours, metrics), so the graph shows every link between the nodes it shows.
// Params: $elementIds (element ids of the chosen nodes; used only inside one request, never shown),
//         $types (list or null), $from, $to (ISO date strings or null: relationships dated outside
//         the window are left out), $edgeLimit.
UNWIND $elementIds AS elementId
MATCH (a:Entity) WHERE elementId(a) = elementId
MATCH (a)-[r]->(b:Entity)
WHERE elementId(b) IN $elementIds
  AND ($types IS NULL OR type(r) IN $types)
  AND ($to IS NULL OR coalesce(r.start, r.date) IS NULL
       OR left(coalesce(r.start, r.date), size($to)) <= left($to, size(coalesce(r.start, r.date))))
  AND ($from IS NULL OR coalesce(r.end, r.date) IS NULL
       OR left(coalesce(r.end, r.date), size($from)) >= left($from, size(coalesce(r.end, r.date))))
RETURN {id: r.id, type: type(r), source: a.id, target: b.id, properties: properties(r)} AS edge
LIMIT $edgeLimit
