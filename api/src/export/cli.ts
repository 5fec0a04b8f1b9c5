/**
 * `npm run export -- --format gexf --out file.gexf [selection]`: the same selection options as
 * GET /api/export, written to a file (or stdout). Connects like `npm run seed`: NEO4J_URI, or the
 * local Neo4j when it is unset.
 *   --format F            cytoscape | graphml | gexf | csv | jsonl | cypher (required)
 *   --out FILE            where to write (default: stdout)
 *   --view ID             a saved view's graph
 *   --ids a,b,c           these nodes and the relationships among them
 *   --ids-file FILE       node ids, one per line (or comma-separated)
 *   --edge-ids a,b        keep only these relationships
 *   --text T              the nodes a search for T finds
 *   --labels, --types, --from, --to, --as-of, --country, --topic   the exploration filters
 *   --no-source-nodes     leave out the Source nodes that relationships cite
 */
import { createWriteStream, readFileSync } from 'node:fs';
import { finished } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { exportQuery } from '../contract/export.js';
import { parseInput } from '../contract/validate.js';
import { connect } from '../db/connect.js';
import { EnvError, loadEnv } from '../env.js';
import { BadRequest, NotFound } from '../errors.js';
import { exportSelection } from './export.js';

const { values } = parseArgs({
  options: {
    format: { type: 'string' },
    out: { type: 'string' },
    view: { type: 'string' },
    ids: { type: 'string' },
    'ids-file': { type: 'string' },
    'edge-ids': { type: 'string' },
    text: { type: 'string' },
    labels: { type: 'string' },
    types: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    'as-of': { type: 'string' },
    country: { type: 'string' },
    topic: { type: 'string' },
    'no-source-nodes': { type: 'boolean' },
  },
});

const started = Date.now();
try {
  const ids = [
    values.ids,
    values['ids-file']
      ? readFileSync(values['ids-file'], 'utf8')
          .split(/[\s,]+/)
          .join(',')
      : undefined,
  ]
    .filter(Boolean)
    .join(',');
  const { format, ...selection } = parseInput(exportQuery, {
    format: values.format,
    ids: ids || undefined,
    edgeIds: values['edge-ids'],
    view: values.view,
    text: values.text,
    labels: values.labels,
    types: values.types,
    from: values.from,
    to: values.to,
    as_of: values['as-of'],
    country: values.country,
    topic: values.topic,
    sourceNodes: !values['no-source-nodes'],
  });
  const connection = await connect(loadEnv(), (line) => console.error(line));
  try {
    const destination = values.out ? createWriteStream(values.out) : process.stdout;
    const result = await exportSelection(connection.db, selection, format, destination);
    if (values.out) {
      destination.end();
      await finished(destination);
    }
    console.error(
      `Exported ${result.summary.nodes} nodes and ${result.summary.edges} relationships as ${format} ` +
        `(${result.bytes} bytes) to ${values.out ?? 'stdout'} in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    );
  } finally {
    await connection.close();
  }
} catch (error) {
  const known = error instanceof BadRequest || error instanceof NotFound || error instanceof EnvError;
  console.error(known ? `export: ${(error as Error).message}` : error);
  process.exitCode = 1;
}
