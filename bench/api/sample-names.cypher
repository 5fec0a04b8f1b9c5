// Bench only: names of every $step-th actor, to build typeahead text from real names.
// Params: $step, $limit.
MATCH (a:Actor)
WHERE toInteger(split(a.id, '-')[1]) % $step = 1
RETURN a.name_en AS name
ORDER BY a.id
LIMIT $limit
