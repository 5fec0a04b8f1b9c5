// Whether any account exists: from then on the Cypher console needs the admin role (decision 1).
// Params: none.
MATCH (a:Account)
RETURN count(a) > 0 AS exist
