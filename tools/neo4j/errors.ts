/** A failure of the local Neo4j that the user can fix; `message` is one sentence saying how. */
export class LocalNeo4jError extends Error {
  constructor(
    readonly code:
      'JAVA_MISSING' | 'MAVEN_MISSING' | 'DOWNLOAD_FAILED' | 'PORT_IN_USE' | 'STORE_LOCKED' | 'WRONG_PASSWORD' | 'START_FAILED' | 'START_TIMEOUT',
    message: string,
  ) {
    super(message);
    this.name = 'LocalNeo4jError';
  }
}
