// Stores the proposals of an ingested document for review, each linked to its passage:
// (:Passage)-[:PROPOSES]->(:Proposal). Not :Entity, so no read of the graph returns them.
// Params: $proposals ([{ id, passage (Passage id), kind, status, confidence, evidence, payload (JSON) }]).
UNWIND $proposals AS proposal
MATCH (p:Passage {id: proposal.passage})
CREATE (p)-[:PROPOSES {id: proposal.id}]->(q:Proposal)
SET q = proposal
RETURN count(q) AS proposals
