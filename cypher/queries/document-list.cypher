// The ingested documents (Sources with a content hash), newest first, with their passage count and the
// number of their suggestions still open.
// Params: none.
MATCH (s:Source)
WHERE s.content_sha256 IS NOT NULL
RETURN properties(s) AS source,
       COUNT { (s)-[:HAS_PASSAGE]->(:Passage) } AS passages,
       COUNT { (s)-[:HAS_PASSAGE]->(:Passage)-[:PROPOSES]->(:Suggestion {status: 'open'}) } AS open
ORDER BY s.ingested_at DESC, s.id
