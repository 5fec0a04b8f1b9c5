// Writes one audit record, in the transaction of the write it describes (so no write exists without
// its record). A technical label: never :Entity, so search, expand and exports do not see it.
// Params: $change {id, at, actor, role, via, action, element_kind, element_id, elements (every element
// id it touches), touches (the same ids in one text, for the change_touches index: see touchesText in
// api/src/curation/audit.ts), before, after, provenance (JSON text or null), note, suggested_by, reverts}.
CREATE (c:Change)
SET c = $change
RETURN c.id AS id
