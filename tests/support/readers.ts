/**
 * The researchers' own tools as test readers: Gephi's importers (gephi-toolkit, headless, through
 * tests/gephi/GephiCheck.java, which also runs the JDK's XSD validator) and NetworkX / igraph
 * (tests/readers/read_graph.py). The Gephi jar comes from Maven Central through ~/.m2 (like the
 * Neo4j jars); the harness is compiled once into tests/gephi/.build (git-ignored).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..', '..');
const GEPHI = { group: 'org/gephi', artifact: 'gephi-toolkit', version: '0.10.1', classifier: 'all' };
const gephiJar = path.join(
  os.homedir(),
  '.m2',
  'repository',
  GEPHI.group,
  GEPHI.artifact,
  GEPHI.version,
  `${GEPHI.artifact}-${GEPHI.version}-${GEPHI.classifier}.jar`,
);
const harnessSource = path.join(root, 'tests', 'gephi', 'GephiCheck.java');
const harnessBuild = path.join(root, 'tests', 'gephi', '.build');

/** What Gephi holds after importing a file (or why it could not), or an XSD verdict. */
export interface GephiResult {
  job: string;
  error?: string;
  nodes?: number;
  edges?: number;
  issues?: string[];
  nodeList?: { id: string; label: string; spells: [string, string][]; attributes: Record<string, string> }[];
  edgeList?: {
    id: string;
    source: string;
    target: string;
    directed: boolean;
    kind: string;
    label: string | null;
    weight: number;
    spells: [string, string][];
    attributes: Record<string, string>;
  }[];
  valid?: boolean;
  errors?: string[];
}

/** Fetches the gephi-toolkit jar into ~/.m2 once and compiles the harness when its source changed. */
export async function prepareGephi(): Promise<void> {
  if (!existsSync(gephiJar)) {
    await run(
      'mvn',
      ['-q', '-B', 'dependency:get', '-Dtransitive=false', `-Dartifact=org.gephi:${GEPHI.artifact}:${GEPHI.version}:jar:${GEPHI.classifier}`],
      { timeout: 15 * 60_000, maxBuffer: 1 << 24 },
    );
  }
  const compiled = path.join(harnessBuild, 'GephiCheck.class');
  if (!existsSync(compiled) || statSync(compiled).mtimeMs < statSync(harnessSource).mtimeMs) {
    mkdirSync(harnessBuild, { recursive: true });
    await run('javac', ['-nowarn', '-cp', gephiJar, '-d', harnessBuild, harnessSource], { timeout: 5 * 60_000 });
  }
}

/** Runs jobs (`gexf=FILE`, `graphml=FILE`, `csv=NODES,EDGES`, `xsd=SCHEMA,FILE`) in one JVM. */
export async function runGephi(jobs: string[]): Promise<GephiResult[]> {
  await prepareGephi();
  const { stdout } = await run(
    'java',
    [
      '-Xmx1g',
      '-Djava.awt.headless=true',
      '-Dorg.openide.util.Lookup.level=OFF',
      '-cp',
      `${gephiJar}${path.delimiter}${harnessBuild}`,
      'GephiCheck',
      ...jobs,
    ],
    { timeout: 5 * 60_000, maxBuffer: 1 << 28 },
  );
  return stdout
    .split('\n')
    .filter((line) => line.startsWith('{"job"'))
    .map((line) => JSON.parse(line) as GephiResult);
}

/** One Python library's reading of a file, or why it was skipped. */
export interface PythonReading {
  skip?: string;
  error?: string;
  library?: string;
  nodes?: number;
  edges?: number;
  edgeList?: { id: string; source: string; target: string; type: string | null; label: string | null }[];
  nodeAttributes?: Record<string, Record<string, string>>;
  edgeAttributes?: Record<string, Record<string, string>>;
}

export interface PythonResult {
  job?: string;
  skip?: string;
  networkx?: PythonReading;
  igraph?: PythonReading;
}

/** A Python job: a format and its file(s); `csv` takes nodes.csv and edges.csv. */
export type PythonJob = { format: 'graphml' | 'gexf' | 'csv'; files: string[] };

const jobText = ({ format, files }: PythonJob) => `${format}=${files.join(',')}`;

/**
 * Reads files with NetworkX and igraph, all in one Python process; each result in job order, or
 * `{ skip }` with the reason when python3 is absent.
 */
export async function readWithPython(jobs: PythonJob[]): Promise<PythonResult[]> {
  try {
    const { stdout } = await run('python3', [path.join(root, 'tests', 'readers', 'read_graph.py'), ...jobs.map(jobText)], {
      timeout: 10 * 60_000,
      maxBuffer: 1 << 28,
    });
    const results = new Map(
      stdout
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as PythonResult)
        .map((result) => [result.job, result] as const),
    );
    return jobs.map((job) => results.get(jobText(job)) ?? { skip: `python3 printed nothing for ${jobText(job)}` });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return jobs.map(() => ({ skip: 'python3 is not on PATH' }));
    throw error;
  }
}
