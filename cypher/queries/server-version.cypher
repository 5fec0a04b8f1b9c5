// The Neo4j server version and edition.
// Params: none.
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions[0] AS version, edition
