// Every node and relationship id a curator touched (any change but an import), so `npm run seed`
// can keep curated values instead of silently overwriting them. Params: none.
MATCH (c:Change)
WHERE c.element_kind IN ['node', 'relationship'] AND c.action <> 'import'
// A delete or merge also took the relationships it lists; other changes touch only their element.
UNWIND CASE WHEN c.action IN ['delete', 'merge'] THEN c.elements ELSE [c.element_id] END AS id
RETURN DISTINCT id
