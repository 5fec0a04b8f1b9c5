// The subgraph stated by the source documents (relationships whose sources include a document),
// with both endpoints. Reference-only facts (memberships, ratifications) are left out.
// Params: $limit: maximum number of relationships.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE any(source IN r.sources WHERE source STARTS WITH 'doc-')
WITH a, r, b
ORDER BY r.id
LIMIT $limit
RETURN
  { id: a.id, labels: [l IN labels(a) WHERE l <> 'Entity'], properties: properties(a) } AS source,
  { id: r.id, type: type(r), properties: properties(r) } AS relationship,
  { id: b.id, labels: [l IN labels(b) WHERE l <> 'Entity'], properties: properties(b) } AS target
