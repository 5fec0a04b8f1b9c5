// Every country, with its PARTY_TO / SIGNED / MEMBER_OF facts towards one instrument or
// organisation that hold in the time filter (the rule of each type: @inTime), with provenance.
// None before the instrument exists (the inTimeNode fragment on m: its adoption), so an undated Party (the
// reference table lacks its deposit) counts from the adoption on, not before.
// Params: $measure (Instrument or organisation id), $time (time filter or null,
//         cypher/fragments/inTime.cypher: as_of a date → what held at its end).
// Returns no row when $measure is unknown; one row per Country otherwise (facts may be empty).
MATCH (m:Entity {id: $measure})
MATCH (c:Country)
CALL (c, m) {
  OPTIONAL MATCH (c)-[r:PARTY_TO|SIGNED|MEMBER_OF]->(m)
  WHERE @inTime(r) AND @inTimeNode(m)
  WITH r ORDER BY r.id
  RETURN collect(CASE WHEN r IS NULL THEN null ELSE {
    id: r.id, type: type(r), date: r.date, start: r.start, end: r.end, action_type: r.action_type,
    source_url: r.source_url, sources: coalesce(r.sources, []), evidence: coalesce(r.evidence, [])
  } END) AS facts
}
RETURN c.id AS id, c.iso3 AS iso3, c.name_en AS name_en, c.name_fr AS name_fr, facts
ORDER BY id
