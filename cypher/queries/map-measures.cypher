// What a map can colour countries by: the instruments countries are Party to or signed (status)
// and the organisations countries are members of (membership), with how many countries each has.
// Params: none.
MATCH (c:Country)-[r:PARTY_TO|SIGNED|MEMBER_OF]->(m:Entity)
WITH m, CASE WHEN type(r) = 'MEMBER_OF' THEN 'membership' ELSE 'instrument' END AS kind, count(DISTINCT c) AS countries
RETURN m.id AS id, kind, m.name_en AS name_en, m.name_fr AS name_fr, m.short_name AS short_name, countries
ORDER BY countries DESC, id
