/** The one pinned Neo4j patch; pom.xml and docker-compose.yml carry the same number (a test checks). */
export const NEO4J_VERSION = '5.26.29';
