/**
 * `npm run bench:ingest [-- --seeds DIR]`: a maintainer benchmark, not a test. Reads the source documents behind the
 * seed (../shared/seeds next to the repository; skips with a message when absent), links them to
 * the seed graph and compares the proposals with the hand-curated facts of each document
 * (seed/documents/*.json): recall and precision of entity mentions, of events with date and place,
 * and of typed relationships; time per document and per page. Prints markdown for
 * docs/performance.md and lists the proposed facts the seed lacks, for review. Runs without
 * Neo4j: the gazetteer is built from the validated seed, which is what the database holds after
 * `npm run seed`. Nothing from the documents is written anywhere.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Gazetteer, type GazetteerEntity } from '../api/src/ingest/gazetteer.js';
import { analyse, type EventProposal, type RelationshipProposal } from '../api/src/ingest/proposals.js';
import { readDocument } from '../api/src/ingest/readers/index.js';
import { fold } from '../api/src/ingest/text.js';
import type { NodeLabel } from '../api/src/model/vocabulary.js';
import { seedDir } from '../api/src/seed/seed-dir.js';
import { readSeedFiles, validateSeed, type SeedGraph } from '../api/src/seed/validate.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { seeds: { type: 'string' } } });
/** `--seeds DIR` for a checkout that is not next to shared/ (a git worktree). */
const seedsDir = path.resolve(values.seeds ?? path.join(root, '../shared/seeds'));
/** A "page" of a text file without pages: 3,000 characters, about one printed page. */
const PAGE_CHARS = 3000;

if (!existsSync(seedsDir)) {
  console.log(`bench:ingest skipped: no source documents at ${seedsDir} (a maintainer's checkout has them next to the repository).`);
  process.exit(0);
}

const graph: SeedGraph = validateSeed(readSeedFiles(seedDir));
const strings = (...values: unknown[]) =>
  values.flatMap((value) => (typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((v) => typeof v === 'string') : []));
const byId = new Map(graph.nodes.map((node) => [node.id, node]));
const gazetteer = new Gazetteer(
  graph.nodes
    .filter((node) => node.label !== 'Source')
    .map((node): GazetteerEntity => ({
      id: node.id,
      label: node.label as NodeLabel,
      names: strings(
        node.properties.name_en,
        node.properties.name_fr,
        node.properties.short_name,
        ...(node.label === 'Event' ? [] : [node.properties.short_name_en, node.properties.short_name_fr]),
        node.properties.aliases,
      ),
      acronyms: strings(node.properties.acronym_en, node.properties.acronym_fr),
      kind: (node.properties.kind as string | undefined) ?? null,
      start: (node.properties.start as string | undefined) ?? null,
      end: (node.properties.end as string | undefined) ?? null,
    })),
);
const known = new Set(graph.relationships.map((relationship) => relationship.id));
const documents = graph.nodes.filter((node) => node.label === 'Source' && node.properties.kind === 'document');

const squash = (text: string) =>
  fold(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** The seed document a text is the source of: the one whose evidence quotes (verbatim from it) it holds most. */
function documentOf(text: string): string | null {
  const haystack = squash(text);
  let best: { id: string; score: number } | null = null;
  for (const source of documents) {
    const quotes = graph.relationships.filter((relationship) => (relationship.properties.sources as string[]).includes(source.id));
    const evidence = quotes.flatMap((relationship) => (relationship.properties.evidence as string[]).filter(Boolean)).map(squash);
    const score = evidence.filter((quote) => haystack.includes(quote)).length / Math.max(evidence.length, 1);
    if (!best || score > best.score) best = { id: source.id, score };
  }
  return best && best.score >= 0.3 ? best.id : null;
}

const ratio = (hits: number, total: number) => (total === 0 ? 1 : hits / total);
const pct = (value: number) => value.toFixed(2);

interface Row {
  document: string;
  pages: number;
  ms: number;
  cpuMs: number;
  mentions: [number, number];
  events: [number, number];
  relationships: [number, number];
  counts: string;
  missing: RelationshipProposal[];
}

const rows: Row[] = [];
const totals = {
  mentionsHit: 0,
  mentionsGold: 0,
  mentionsPred: 0,
  eventsHit: 0,
  eventsGold: 0,
  eventsPred: 0,
  eventsPredHit: 0,
  relHit: 0,
  relGold: 0,
  relPred: 0,
};
for (const file of readdirSync(seedsDir)
  .filter((name) => /\.(txt|html?|pdf|docx)$/i.test(name))
  .sort()) {
  const bytes = readFileSync(path.join(seedsDir, file));
  const started = performance.now();
  const cpu = process.cpuUsage();
  const document = await readDocument(bytes, { name: file });
  const analysis = analyse(document, gazetteer, known);
  const ms = performance.now() - started;
  const cpuMs = (process.cpuUsage(cpu).user + process.cpuUsage(cpu).system) / 1000;
  const sourceId = documentOf(document.text);
  if (!sourceId) {
    console.log(`${file}: no seed document matches its title; skipped.`);
    continue;
  }
  const facts = graph.relationships.filter((relationship) => (relationship.properties.sources as string[]).includes(sourceId));
  const goldEntities = new Set(facts.flatMap((fact) => [fact.from, fact.to]).filter((id) => byId.get(id)?.label !== 'Source'));
  const events = analysis.proposals.filter((proposal): proposal is EventProposal => proposal.kind === 'event');
  const predicted = new Set([
    ...analysis.mentions.map((mention) => mention.entityId),
    ...events.flatMap((event) => (event.existing ? [event.existing] : [])),
  ]);
  const mentionHits = [...predicted].filter((id) => goldEntities.has(id)).length;

  // An event is found when a proposal names it with its dates and its place (or "online").
  const goldEvents = [...goldEntities].filter((id) => byId.get(id)?.label === 'Event');
  const placeOf = (id: string) => facts.find((fact) => fact.type === 'HELD_IN' && fact.from === id)?.to ?? null;
  const right = (event: EventProposal) => {
    if (!event.existing || !goldEvents.includes(event.existing)) return false;
    const node = byId.get(event.existing)?.properties ?? {};
    const place = placeOf(event.existing);
    const placeOk = place ? event.place === place : node.online ? event.online : true;
    return event.start === node.start && (event.end ?? undefined) === node.end && placeOk;
  };
  const eventHits = goldEvents.filter((id) => events.some((event) => event.existing === id && right(event))).length;
  const eventPredHits = events.filter(right).length;

  const goldFacts = new Set(facts.map((fact) => fact.id));
  const proposed = analysis.proposals.filter(
    (proposal): proposal is RelationshipProposal => proposal.kind === 'relationship' || proposal.kind === 'provenance',
  );
  const relHits = proposed.filter((proposal) => goldFacts.has(proposal.relationshipId)).length;
  const counts = new Map<string, number>();
  for (const proposal of analysis.proposals) counts.set(proposal.kind, (counts.get(proposal.kind) ?? 0) + 1);

  const pages = document.metadata.pages ?? Math.max(1, Math.round(document.text.length / PAGE_CHARS));
  rows.push({
    document: sourceId,
    pages,
    ms,
    cpuMs,
    mentions: [ratio(mentionHits, goldEntities.size), ratio(mentionHits, predicted.size)],
    events: [ratio(eventHits, goldEvents.length), ratio(eventPredHits, events.length)],
    relationships: [ratio(relHits, goldFacts.size), ratio(relHits, proposed.length)],
    counts: [...counts].map(([kind, count]) => `${count} ${kind}`).join(', '),
    missing: proposed.filter((proposal) => !goldFacts.has(proposal.relationshipId)),
  });
  Object.assign(totals, {
    mentionsHit: totals.mentionsHit + mentionHits,
    mentionsGold: totals.mentionsGold + goldEntities.size,
    mentionsPred: totals.mentionsPred + predicted.size,
    eventsHit: totals.eventsHit + eventHits,
    eventsGold: totals.eventsGold + goldEvents.length,
    eventsPred: totals.eventsPred + events.length,
    eventsPredHit: totals.eventsPredHit + eventPredHits,
    relHit: totals.relHit + relHits,
    relGold: totals.relGold + goldFacts.size,
    relPred: totals.relPred + proposed.length,
  });
}

console.log('| document | pages | wall ms | CPU ms | CPU ms/page | mentions R / P | events (date+place) R / P | relationships R / P | proposals |');
console.log('| --- | ---: | ---: | ---: | ---: | --- | --- | --- | --- |');
for (const row of rows) {
  console.log(
    `| ${row.document} | ${row.pages} | ${row.ms.toFixed(0)} | ${row.cpuMs.toFixed(0)} | ${(row.cpuMs / row.pages).toFixed(0)} | ${pct(row.mentions[0])} / ${pct(row.mentions[1])} | ${pct(row.events[0])} / ${pct(row.events[1])} | ${pct(row.relationships[0])} / ${pct(row.relationships[1])} | ${row.counts} |`,
  );
}
console.log(
  `| **all** | ${rows.reduce((sum, row) => sum + row.pages, 0)} | ${rows.reduce((sum, row) => sum + row.ms, 0).toFixed(0)} | ${rows.reduce((sum, row) => sum + row.cpuMs, 0).toFixed(0)} | | ` +
    `${pct(ratio(totals.mentionsHit, totals.mentionsGold))} / ${pct(ratio(totals.mentionsHit, totals.mentionsPred))} | ` +
    `${pct(ratio(totals.eventsHit, totals.eventsGold))} / ${pct(ratio(totals.eventsPredHit, totals.eventsPred))} | ` +
    `${pct(ratio(totals.relHit, totals.relGold))} / ${pct(ratio(totals.relHit, totals.relPred))} | |`,
);
console.log('\nProposed facts the seed lacks (review against the documents before adding them to seed/documents):');
for (const row of rows) {
  console.log(`\n${row.document}: ${row.missing.length}`);
  for (const proposal of row.missing)
    console.log(
      `  ${proposal.kind === 'provenance' ? '(known elsewhere) ' : ''}${proposal.from} ${proposal.type} ${proposal.to}  «${proposal.evidence}»`,
    );
}
