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
const { values } = parseArgs({ options: { seeds: { type: 'string' }, misses: { type: 'boolean' } } });
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
  /** Why each curated item was not found (`--misses`): one line per item, grouped by cause. */
  misses: Map<string, string[]>;
  /** Curated facts whose evidence quote this text does not hold (another version of the page states them), or that name a Source. */
  unstated: number;
  /** Recall over the curated facts this text does state (quote found, no Source end). */
  statedRecall: [number, number];
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
  statedHit: 0,
  statedGold: 0,
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

  // An event is found when a proposal names it with its dates, its place (none when the curators
  // found none stated: a guessed city is wrong) and whether it was online.
  const goldEvents = [...goldEntities].filter((id) => byId.get(id)?.label === 'Event');
  const placeOf = (id: string) => facts.find((fact) => fact.type === 'HELD_IN' && fact.from === id)?.to ?? null;
  const right = (event: EventProposal) => {
    if (!event.existing || !goldEvents.includes(event.existing)) return false;
    const node = byId.get(event.existing)?.properties ?? {};
    const placeOk = event.place === placeOf(event.existing) && event.online === Boolean(node.online);
    return event.start === node.start && (event.end ?? undefined) === node.end && placeOk;
  };
  const eventHits = goldEvents.filter((id) => events.some((event) => event.existing === id && right(event))).length;
  // The same event proposed twice is one right proposal and one too many.
  const eventPredHits = new Set(events.filter(right).map((event) => event.existing)).size;

  const goldFacts = new Set(facts.map((fact) => fact.id));
  const proposed = analysis.proposals.filter(
    (proposal): proposal is RelationshipProposal => proposal.kind === 'relationship' || proposal.kind === 'provenance',
  );
  const relHits = proposed.filter((proposal) => goldFacts.has(proposal.relationshipId)).length;
  const counts = new Map<string, number>();
  for (const proposal of analysis.proposals) counts.set(proposal.kind, (counts.get(proposal.kind) ?? 0) + 1);

  const misses = new Map<string, string[]>();
  const miss = (cause: string, line: string) => misses.set(cause, [...(misses.get(cause) ?? []), line]);
  const haystack = squash(document.text);
  const stated = (fact: (typeof facts)[number]) => {
    const sources = fact.properties.sources as string[];
    const quote = (fact.properties.evidence as string[])[sources.indexOf(sourceId)] ?? '';
    return { quote, inText: quote !== '' && haystack.includes(squash(quote)) };
  };
  // A fact the text cannot yield: its quote is not in this copy of the document, or an end is a Source (never a mention).
  const statable = (fact: (typeof facts)[number]) =>
    stated(fact).inText && byId.get(fact.from)?.label !== 'Source' && byId.get(fact.to)?.label !== 'Source';
  const unstated = facts.filter((fact) => !statable(fact)).length;
  const nameOf = (id: string) => String(byId.get(id)?.properties.name_fr ?? byId.get(id)?.properties.name_en ?? id);
  for (const id of goldEntities) {
    if (predicted.has(id)) continue;
    const quote = facts.filter((fact) => fact.from === id || fact.to === id).map(stated)[0]?.quote ?? '';
    miss(`mention ${byId.get(id)?.label ?? '?'}`, `${id} «${nameOf(id)}» — evidence «${quote}»`);
  }
  for (const id of goldEvents) {
    if (events.some((event) => event.existing === id && right(event))) continue;
    const node = byId.get(id)?.properties ?? {};
    const seen = events.filter((event) => event.existing === id);
    const want = `${String(node.start)}/${String(node.end ?? '')} @${placeOf(id) ?? '-'}${node.online ? ' +online' : ''}`;
    const got = seen.map((event) => `${event.start}/${event.end ?? ''} @${event.place ?? '-'}${event.online ? ' +online' : ''}`).join('; ');
    miss(seen.length ? 'event wrong date/place' : 'event not recognised', `${id} want ${want}${got ? ` got ${got}` : ''}`);
  }
  const proposedIds = new Set(proposed.map((proposal) => proposal.relationshipId));
  for (const fact of facts) {
    if (proposedIds.has(fact.id)) continue;
    const { quote, inText } = stated(fact);
    const ends = [fact.from, fact.to].filter((end) => byId.get(end)?.label !== 'Source' && !predicted.has(end));
    const cause = !inText ? 'quote not in this text' : !statable(fact) ? 'a Source end' : ends.length ? 'end not linked' : 'no rule';
    miss(`fact ${fact.type}: ${cause}`, `${fact.from} ${fact.type} ${fact.to} «${quote}»${ends.length ? ` (unlinked: ${ends.join(', ')})` : ''}`);
  }

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
    misses,
    unstated,
    statedRecall: [
      proposed.filter((proposal) => facts.some((fact) => fact.id === proposal.relationshipId && statable(fact))).length,
      facts.filter(statable).length,
    ],
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
    statedHit: totals.statedHit + (rows.at(-1)?.statedRecall[0] ?? 0),
    statedGold: totals.statedGold + (rows.at(-1)?.statedRecall[1] ?? 0),
  });
}

console.log(
  '| document | pages | wall ms | CPU ms | CPU ms/page | mentions R / P | events (date+place) R / P | relationships R / P | relationships R, stated only | proposals |',
);
console.log('| --- | ---: | ---: | ---: | ---: | --- | --- | --- | --- | --- |');
for (const row of rows) {
  console.log(
    `| ${row.document} | ${row.pages} | ${row.ms.toFixed(0)} | ${row.cpuMs.toFixed(0)} | ${(row.cpuMs / row.pages).toFixed(0)} | ${pct(row.mentions[0])} / ${pct(row.mentions[1])} | ${pct(row.events[0])} / ${pct(row.events[1])} | ${pct(row.relationships[0])} / ${pct(row.relationships[1])} | ${pct(ratio(...row.statedRecall))} (${row.statedRecall[1]} of ${row.statedRecall[1] + row.unstated}) | ${row.counts} |`,
  );
}
console.log(
  `| **all** | ${rows.reduce((sum, row) => sum + row.pages, 0)} | ${rows.reduce((sum, row) => sum + row.ms, 0).toFixed(0)} | ${rows.reduce((sum, row) => sum + row.cpuMs, 0).toFixed(0)} | | ` +
    `${pct(ratio(totals.mentionsHit, totals.mentionsGold))} / ${pct(ratio(totals.mentionsHit, totals.mentionsPred))} | ` +
    `${pct(ratio(totals.eventsHit, totals.eventsGold))} / ${pct(ratio(totals.eventsPredHit, totals.eventsPred))} | ` +
    `${pct(ratio(totals.relHit, totals.relGold))} / ${pct(ratio(totals.relHit, totals.relPred))} | ${pct(ratio(totals.statedHit, totals.statedGold))} | |`,
);
if (values.misses)
  for (const row of rows) {
    console.log(`\n## Missed in ${row.document} (${row.unstated} curated facts quote words this text does not hold)`);
    for (const [cause, lines] of [...row.misses].sort((a, b) => b[1].length - a[1].length)) {
      console.log(`\n### ${cause}: ${lines.length}`);
      for (const line of lines) console.log(`  ${line}`);
    }
  }
console.log('\nProposed facts the seed lacks (review against the documents before adding them to seed/documents):');
for (const row of rows) {
  console.log(`\n${row.document}: ${row.missing.length}`);
  for (const proposal of row.missing)
    console.log(
      `  ${proposal.kind === 'provenance' ? '(known elsewhere) ' : ''}${proposal.from} ${proposal.type} ${proposal.to}  «${proposal.evidence}»`,
    );
}
