// The Source already ingested from the same bytes, if any (duplicate detection before any write).
// Params: $hash (SHA-256 hex of the file).
MATCH (s:Source {content_sha256: $hash})
RETURN s.id AS id
LIMIT 1
