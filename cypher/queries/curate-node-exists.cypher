// Whether ids are taken by a node or a redirect (merged id), to pick a free generated id.
// Params: $ids (list of ids). Returns the taken ones.
UNWIND $ids AS id
WITH id WHERE EXISTS { MATCH (:Entity {id: id}) } OR EXISTS { MATCH (:Redirect {id: id}) }
RETURN id
