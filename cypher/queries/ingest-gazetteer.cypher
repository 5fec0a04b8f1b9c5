// The names by which the graph knows each entity, for the ingestion gazetteer (api/src/ingest/gazetteer.ts):
// names and aliases in both languages, acronyms, short names, and the dates of events.
// Params: none. Sources are left out: a document is not a name to find in another document.
MATCH (n:Entity)
WHERE NOT n:Source
RETURN
  n.id AS id,
  [l IN labels(n) WHERE l <> 'Entity'][0] AS label,
  [name IN [n.name_en, n.name_fr, n.short_name] + CASE WHEN n:Event THEN [] ELSE [n.short_name_en, n.short_name_fr] END
    WHERE name IS NOT NULL] + coalesce(n.aliases, []) AS names,
  [a IN [n.acronym_en, n.acronym_fr] WHERE a IS NOT NULL] AS acronyms,
  n.kind AS kind,
  n.start AS start,
  n.end AS end
ORDER BY id
