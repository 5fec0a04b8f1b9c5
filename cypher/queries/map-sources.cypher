// The Source nodes cited by map facts, so each status links to its document or table.
// Params: $ids (Source ids).
MATCH (s:Source) WHERE s.id IN $ids
RETURN s.id AS id, coalesce(s.title, s.name_en, s.name_fr) AS title, s.url AS url
