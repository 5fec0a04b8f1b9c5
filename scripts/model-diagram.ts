/**
 * Draws the graph model as it is actually loaded: one box per label, one arrow per
 * (label)-[TYPE]->(label) pattern with its count. Writes docs/model.dot and, when Graphviz is
 * installed, docs/model.png and docs/model.svg.
 *   npx tsx scripts/model-diagram.ts          (uses NEO4J_URI or starts the local Neo4j)
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { connect } from '../api/src/db/connect.js';
import { loadEnv } from '../api/src/env.js';
import { LABEL_STYLE } from '../web/src/graph/palette.js';

const docs = path.resolve(import.meta.dirname, '../docs');
const connection = await connect(loadEnv(), () => {});
try {
  const result = await connection.db.driver.executeQuery(
    `MATCH (a:Entity)-[r]->(b:Entity)
     WITH [l IN labels(a) WHERE l <> 'Entity'][0] AS from, type(r) AS type, [l IN labels(b) WHERE l <> 'Entity'][0] AS to
     RETURN from, type, to, count(*) AS count ORDER BY from, type, to`,
    {},
    { database: connection.db.config.database, routing: 'READ' },
  );
  const patterns = result.records.map((record) => ({
    from: record.get('from') as string,
    type: record.get('type') as string,
    to: record.get('to') as string,
    count: Number(record.get('count')),
  }));
  const labels = [...new Set(patterns.flatMap((p) => [p.from, p.to]))].sort();
  const lines = [
    'digraph model {',
    '  graph [rankdir=LR, fontname="Helvetica", nodesep=0.4, ranksep=1.1, bgcolor="white"];',
    '  node [shape=box, style="rounded,filled", fontname="Helvetica-Bold", fontcolor="white", fontsize=14];',
    '  edge [fontname="Helvetica", fontsize=9, color="#7a8794", fontcolor="#333333", arrowsize=0.6];',
    ...labels.map((label) => `  ${label} [fillcolor="${LABEL_STYLE[label]?.color ?? '#555555'}"];`),
    ...patterns.map((p) => `  ${p.from} -> ${p.to} [label="${p.type} (${p.count})"];`),
    '}',
  ];
  writeFileSync(path.join(docs, 'model.dot'), `${lines.join('\n')}\n`);
  for (const format of ['png', 'svg']) {
    const out = spawnSync('dot', [`-T${format}`, '-Gdpi=110', path.join(docs, 'model.dot'), '-o', path.join(docs, `model.${format}`)]);
    if (out.error) console.log('Graphviz (dot) is not installed: wrote docs/model.dot only.');
  }
  console.log(`${labels.length} labels, ${patterns.length} patterns → docs/model.dot`);
} finally {
  await connection.close();
}
