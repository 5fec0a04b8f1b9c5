// What the start-up warm-up (api/src/explore/warm-up.ts) reads its queries about: the two most
// connected actors and the most connected instrument, so that Neo4j plans each hot query and reads
// the pages a first visitor's screens need. Only :Entity nodes, as the explorer's queries read
// (an :Actor without it is "no node with id"). An empty list / null when the graph has none.
// Params: none.
RETURN
  COLLECT {
    MATCH (actor:Actor:Entity)
    WITH actor ORDER BY COUNT { (actor)--() } DESC, actor.id LIMIT 2
    RETURN actor.id
  } AS actors,
  head(COLLECT {
    MATCH (instrument:Instrument:Entity)
    WITH instrument ORDER BY COUNT { (instrument)--() } DESC, instrument.id LIMIT 1
    RETURN instrument.id
  }) AS instrument
