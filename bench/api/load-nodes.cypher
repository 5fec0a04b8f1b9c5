// Bench only: creates one batch of synthetic nodes of one label (the database starts empty).
// Params: $label (a vocabulary label), $rows: [property maps with id].
UNWIND $rows AS properties
CREATE (n:Entity:$($label))
SET n = properties
