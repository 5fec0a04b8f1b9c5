/**
 * `npm run check:exports [-- --url http://127.0.0.1:8080]`: exports the whole graph and every
 * curated view from a running Liaison in each format researchers open elsewhere, reads every file
 * with Gephi's own importers (gephi-toolkit, headless), the GEXF 1.3 / GraphML 1.0 schemas (JDK
 * validator), NetworkX and igraph, and prints a table: does each reader hold exactly the nodes and
 * edges that /api/export/count announces? Exits 1 when any cell disagrees. Needs java, mvn (the
 * Gephi jar comes from Maven Central into ~/.m2) and, for the Python columns, python3 + networkx/igraph.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { unzipSync } from 'fflate';
import { GRAPHML_LABEL_EXTENSION, graphmlSchema, gexfSchema } from '../tests/support/schemas.js';
import { readWithPython, runGephi, type PythonReading } from '../tests/support/readers.js';

const { values } = parseArgs({ options: { url: { type: 'string', default: 'http://127.0.0.1:8080' } } });
const base = values.url!.replace(/\/$/, '');
const dir = mkdtempSync(path.join(os.tmpdir(), 'liaison-check-exports-'));

async function get(query: string): Promise<Buffer> {
  let response = await fetch(`${base}${query}`);
  // The app limits exports per client and minute (RATE_LIMIT_EXPORT_PER_MIN): wait as it says, then go on.
  for (let attempt = 0; response.status === 429 && attempt < 10; attempt++) {
    const seconds = Number(response.headers.get('retry-after')) || 10;
    console.error(`rate limited: waiting ${seconds} s (raise RATE_LIMIT_EXPORT_PER_MIN to go faster)`);
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    response = await fetch(`${base}${query}`);
  }
  if (!response.ok) throw new Error(`${query}: HTTP ${response.status} ${(await response.text()).slice(0, 200)}`);
  return Buffer.from(await response.arrayBuffer());
}

interface Selection {
  name: string;
  count: { nodes: number; edges: number };
  files: { gexf: string; graphml: string; csv: string[]; gephi: string[] };
}

async function exportSelection(name: string, query: string): Promise<Selection> {
  const count = JSON.parse((await get(`/api/export/count?${query}`)).toString('utf8')) as Selection['count'];
  const file = (suffix: string, bytes: Buffer | Uint8Array) => {
    const target = path.join(dir, `${name}.${suffix}`);
    writeFileSync(target, bytes);
    return target;
  };
  const zipped = async (format: string) => {
    const entries = unzipSync(new Uint8Array(await get(`/api/export?format=${format}&${query}`)));
    return ['nodes.csv', 'edges.csv'].map((entry) => file(`${format}-${entry}`, entries[entry] ?? new Uint8Array()));
  };
  return {
    name,
    count,
    files: {
      gexf: file('gexf', await get(`/api/export?format=gexf&${query}`)),
      graphml: file('graphml', await get(`/api/export?format=graphml&${query}`)),
      csv: await zipped('csv'),
      gephi: await zipped('gephi'),
    },
  };
}

let disagreements = 0;
const cell = (expected: Selection['count'], got: { nodes?: number; edges?: number; error?: string; skip?: string } | undefined) => {
  if (got?.skip) return `skipped (${got.skip})`;
  if (!got || got.error) {
    disagreements++;
    return `ERROR ${got?.error ?? 'no result'}`.slice(0, 60);
  }
  const same = got.nodes === expected.nodes && got.edges === expected.edges;
  if (!same) disagreements++;
  return `${got.nodes}/${got.edges} ${same ? 'ok' : 'DIFFERS'}`;
};
const verdict = (result: { valid?: boolean; errors?: string[]; error?: string } | undefined) => {
  if (result?.valid) return 'valid';
  disagreements++;
  return `INVALID ${(result?.errors?.[0] ?? result?.error ?? '').slice(0, 60)}`;
};

/** The plain 1.0 schema may only object to the edge `label` extension attribute. */
const plainVerdict = (result: { valid?: boolean; errors?: string[]; error?: string } | undefined) => {
  if (result?.valid) return 'valid';
  if (result?.errors?.length && result.errors.every((error) => GRAPHML_LABEL_EXTENSION.test(error))) return 'only the edge label extension';
  disagreements++;
  return `INVALID ${(result?.errors?.find((error) => !GRAPHML_LABEL_EXTENSION.test(error)) ?? result?.error ?? '').slice(0, 60)}`;
};

try {
  const views = JSON.parse((await get('/api/views')).toString('utf8')) as { views?: { id: string }[] } | { id: string }[];
  const viewIds = (Array.isArray(views) ? views : (views.views ?? [])).map((view) => view.id);
  const selections = [await exportSelection('graph', '')];
  for (const id of viewIds) selections.push(await exportSelection(id, `view=${encodeURIComponent(id)}`));

  const jobs = selections.flatMap(({ files }) => [
    `gexf=${files.gexf}`,
    `graphml=${files.graphml}`,
    `csv=${files.gephi.join(',')}`,
    `xsd=${gexfSchema},${files.gexf}`,
    ...(graphmlSchema.path ? [`xsd=${graphmlSchema.path},${files.graphml}`, `xsd=${graphmlSchema.plain},${files.graphml}`] : []),
  ]);
  const gephi = new Map((await runGephi(jobs)).map((result) => [result.job, result]));

  const header = [
    'selection',
    '/api/export/count',
    'Gephi GEXF',
    'Gephi GraphML',
    'Gephi CSV',
    'XSD GEXF 1.3',
    'XSD GraphML 1.0 + edge label (liaison-graphml.xsd)',
    'XSD plain GraphML 1.0',
    'NetworkX GraphML',
    'NetworkX GEXF',
    'NetworkX CSV',
    'igraph GraphML',
    'igraph CSV',
  ];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
  const readings = await readWithPython(
    selections.flatMap(({ files }) => [
      { format: 'graphml' as const, files: [files.graphml] },
      { format: 'gexf' as const, files: [files.gexf] },
      { format: 'csv' as const, files: files.csv },
    ]),
  );
  for (const [index, selection] of selections.entries()) {
    const { files, count } = selection;
    const [graphml, gexf, csv] = readings.slice(index * 3, index * 3 + 3);
    const python = { graphml: graphml ?? {}, gexf: gexf ?? {}, csv: csv ?? {} };
    const py = (result: { skip?: string; networkx?: PythonReading; igraph?: PythonReading }, library: 'networkx' | 'igraph') =>
      cell(count, result.skip ? { skip: result.skip } : result[library]);
    lines.push(
      `| ${[
        selection.name,
        `${count.nodes}/${count.edges}`,
        cell(count, gephi.get(`gexf=${files.gexf}`)),
        cell(count, gephi.get(`graphml=${files.graphml}`)),
        cell(count, gephi.get(`csv=${files.gephi.join(',')}`)),
        verdict(gephi.get(`xsd=${gexfSchema},${files.gexf}`)),
        graphmlSchema.path ? verdict(gephi.get(`xsd=${graphmlSchema.path},${files.graphml}`)) : `not run: ${graphmlSchema.missing}`,
        graphmlSchema.plain ? plainVerdict(gephi.get(`xsd=${graphmlSchema.plain},${files.graphml}`)) : 'not run',
        py(python.graphml, 'networkx'),
        py(python.gexf, 'networkx'),
        py(python.csv, 'networkx'),
        py(python.graphml, 'igraph'),
        py(python.csv, 'igraph'),
      ].join(' | ')} |`,
    );
  }
  console.log(`Exports of ${base}, nodes/edges each reader holds (ok = equal to /api/export/count):\n`);
  console.log(lines.join('\n'));
  if (disagreements > 0) {
    console.error(`\n${disagreements} cell(s) disagree.`);
    process.exitCode = 1;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
