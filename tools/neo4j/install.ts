import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LocalNeo4jError } from './errors.js';
import { NEO4J_VERSION } from './version.js';

const toolsDir = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(toolsDir, '../..');
/** Shared by every local instance (dev and tests): the jars are downloaded once. */
export const libDir = path.join(repoRoot, '.neo4j', 'home', 'lib');
const marker = path.join(libDir, '.liaison-version');

/** Fails with one actionable sentence when Java 17+ is not on the PATH. */
export function checkJava(): void {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new LocalNeo4jError(
      'JAVA_MISSING',
      'Java 17 is needed to run the local Neo4j: install it (apt-get install -y openjdk-17-jre-headless) or set NEO4J_URI to use another Neo4j server.',
    );
  }
  const match = /version "(\d+)/.exec(result.stderr);
  const major = match ? Number(match[1]) : 0;
  if (major < 17) {
    throw new LocalNeo4jError(
      'JAVA_MISSING',
      `Java ${major || 'of unknown version'} was found but Neo4j ${NEO4J_VERSION} needs Java 17 or 21: put a JDK 17 first on the PATH or set NEO4J_URI.`,
    );
  }
}

/** Downloads the Neo4j jars with Maven unless this exact version is already assembled. */
export function ensureNeo4jJars(log: (line: string) => void = () => {}): void {
  if (existsSync(marker) && readFileSync(marker, 'utf8').trim() === NEO4J_VERSION) return;
  const mvn = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (mvn.error || mvn.status !== 0) {
    throw new LocalNeo4jError(
      'MAVEN_MISSING',
      'Maven is needed once to download Neo4j from Maven Central: install it (apt-get install -y maven) or set NEO4J_URI to use another Neo4j server.',
    );
  }
  log(`Downloading Neo4j ${NEO4J_VERSION} from Maven Central into ${path.relative(repoRoot, libDir)} (once)…`);
  const build = spawnSync('mvn', ['-q', '-B', '-f', path.join(toolsDir, 'pom.xml'), 'package'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (build.status !== 0) {
    const detail = `${build.stdout}\n${build.stderr}`.trim().split('\n').slice(-5).join('\n');
    throw new LocalNeo4jError(
      'DOWNLOAD_FAILED',
      `Maven could not download Neo4j ${NEO4J_VERSION}; check access to Maven Central and run "mvn -f tools/neo4j/pom.xml package" to see why.\n${detail}`,
    );
  }
  writeFileSync(marker, `${NEO4J_VERSION}\n`);
}
