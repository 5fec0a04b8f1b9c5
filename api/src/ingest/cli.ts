/**
 * `npm run ingest -- FILE [--lang fr|en] [--title T] [--url U]`: reads an HTML, PDF, DOCX or text
 * file, links it to the graph and stores its Source, passages and proposals for review (one
 * transaction). Refusals (too large, unreadable, duplicate) print one sentence and exit 1.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cliActor } from '../auth/actor.js';
import { applySchema, connect } from '../db/connect.js';
import { EnvError, loadEnv } from '../env.js';
import { HttpError } from '../errors.js';
import { ingestDocument } from './ingest.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { lang: { type: 'string' }, title: { type: 'string' }, url: { type: 'string' } },
});

class Usage extends Error {}

try {
  const [file] = positionals;
  if (!file || positionals.length > 1) throw new Usage('usage: npm run ingest -- FILE [--lang fr|en] [--title TITLE] [--url URL]');
  if (values.lang !== undefined && values.lang !== 'fr' && values.lang !== 'en') throw new Usage('--lang must be fr or en');
  const env = loadEnv();
  const bytes = readFileSync(file);
  const connection = await connect(env, (line) => console.error(line));
  try {
    await applySchema(connection.db);
    const started = Date.now();
    const result = await ingestDocument(connection.db, bytes, {
      name: path.basename(file),
      language: values.lang as 'fr' | 'en' | undefined,
      title: values.title,
      url: values.url,
      maxBytes: env.INGEST_MAX_BYTES,
      actor: cliActor('cli'),
    });
    const byKind = new Map<string, number>();
    for (const { proposal, queue } of result.proposals) {
      const key = `${proposal.kind} (${queue === 'suggestion' ? 'review queue' : 'proposal node'})`;
      byKind.set(key, (byKind.get(key) ?? 0) + 1);
    }
    console.log(`Source ${result.sourceId}: "${result.title}" (${result.document.metadata.format}, ${result.document.metadata.language})`);
    console.log(`  ${result.document.passages.length} passages, ${result.analysis.mentions.length} mentions`);
    console.log(`  proposals for review: ${[...byKind].map(([kind, count]) => `${count} ${kind}`).join(', ') || 'none'}`);
    console.error(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await connection.close();
  }
} catch (error) {
  const known = error instanceof HttpError || error instanceof EnvError || error instanceof Usage;
  console.error(known ? (error as Error).message : error);
  process.exitCode = 1;
}
