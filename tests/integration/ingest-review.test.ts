import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { suggestion as suggestionSchema } from '../../api/src/contract/curation.js';
import { documentReport, documentResponse, passageReviewResponse } from '../../api/src/contract/documents.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { seededForFile } from '../support/db.js';
import { rows } from '../fixtures/import/graph-snapshot.js';
import { NEW_EVENT_EN, NEW_NAMES_EN } from '../fixtures/ingest/review-texts.js';

/**
 * Proposals of an ingested document in the review queue (issue 16): new entities with their "same
 * as" candidates, a new event with its relationships as one group, a passage accepted or rejected at
 * once. Checked against the whole database: the accepted facts and nothing else.
 */
const TOKEN = 'ingest-review-admin-token-0123456789';
const editor = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
const file = seededForFile();
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp(file.db, { adminToken: TOKEN });
});
afterAll(async () => {
  await app.close();
});

async function call(method: 'GET' | 'POST', url: string, body?: unknown) {
  const response = await fetch(`${app.baseUrl}${url}`, { method, headers: editor, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as unknown };
}

async function ingest(text: string, title: string) {
  const response = await call('POST', '/api/documents', { text, title, language: 'en' });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return documentReport.parse(response.body);
}

async function read(id: string) {
  const response = await call('GET', `/api/documents/${id}`);
  expect(response.status).toBe(200);
  return documentResponse.parse(response.body);
}

/** The graph's data: entities and the relationships between them, keyed by id, with their properties. Changes and suggestions left out. */
async function graphState() {
  const nodes = await rows(file.db, 'MATCH (n:Entity) RETURN n.id AS id, properties(n) AS props ORDER BY id');
  const edges = await rows(
    file.db,
    'MATCH (a:Entity)-[r]->(b:Entity) RETURN a.id + "|" + type(r) + "|" + b.id + "|" + coalesce(r.id, "") AS key, properties(r) AS props ORDER BY key',
  );
  return {
    nodes: new Map(nodes.map((row) => [String(row.id), row.props as Record<string, unknown>])),
    edges: new Map(edges.map((row) => [String(row.key), row.props as Record<string, unknown>])),
  };
}

/** Technical nodes besides the graph, counted by label: what a review may add is only changes. */
async function technicalCounts() {
  const counted = await rows(
    file.db,
    'MATCH (n) WHERE NOT n:Entity AND NOT n:Passage UNWIND labels(n) AS label RETURN label, count(*) AS count ORDER BY label',
  );
  return Object.fromEntries(counted.map((row) => [String(row.label), Number(row.count)]));
}

const relationshipEnds = z.object({
  action: z.literal('create-relationship'),
  body: z.object({ type: z.string(), from: z.string(), to: z.string() }),
});

describe('ingested proposals in the review queue', { timeout: 300_000 }, () => {
  it('proposes a new event with its relationships as one group; accepting the passage writes exactly them, sourced to the passage', async () => {
    const report = await ingest(NEW_EVENT_EN.text, NEW_EVENT_EN.title);
    const event = report.proposals.find((proposal) => proposal.kind === 'event' && proposal.start === NEW_EVENT_EN.start);
    if (!event) throw new Error(`no new event proposed: ${JSON.stringify(report.proposals)}`);
    expect(event.queue).toBe('suggestion');
    const document = await read(report.source.id);
    const passage = document.passages.find((candidate) => candidate.order === event.passage);
    if (!passage) throw new Error('the event passage is missing');
    // The event sits beside its passage; each fact of its group beside the passage that states it,
    // citing its own words from there (not the event's quote).
    const beside = new Map(document.passages.flatMap((candidate) => candidate.suggestions.map((suggestion) => [suggestion.id, candidate] as const)));
    const [eventSuggestion, ...facts] = event.suggestions.map((id) => beside.get(id)?.suggestions.find((suggestion) => suggestion.id === id));
    if (!eventSuggestion || beside.get(eventSuggestion.id) !== passage) throw new Error('the event suggestion is not beside its passage');
    for (const fact of facts) expect(beside.get(String(fact?.id))?.text).toContain(fact?.provenance.evidence);
    expect(new Set(facts.map((fact) => fact?.provenance.evidence)).size).toBeGreaterThan(1);
    expect(eventSuggestion.change.action).toBe('create-entity');
    const placeholder = eventSuggestion.origin?.proposes;
    expect(placeholder).toBeTruthy();
    expect(facts.length).toBeGreaterThan(0);
    for (const fact of facts) {
      expect(fact?.origin?.group).toBe(placeholder);
      const ends = relationshipEnds.parse(fact?.change);
      // Every fact of the group names the new event, by its placeholder until it is accepted.
      expect([ends.body.from, ends.body.to]).toContain(placeholder);
    }
    // The text says where and by whom: both are among the group's facts.
    const factKeys = facts.map((fact) => relationshipEnds.parse(fact?.change).body).map((body) => `${body.from}|${body.type}|${body.to}`);
    expect(factKeys).toContain(`${placeholder}|HELD_IN|${NEW_EVENT_EN.place}`);
    expect(factKeys).toContain(`${NEW_EVENT_EN.organiser}|ORGANISED|${placeholder}`);

    // A fact of the group cannot go before its event.
    const early = await call('POST', `/api/suggestions/${facts[0]?.id}/accept`, {});
    expect(early.status).toBe(409);

    const open = passage.suggestions.filter((suggestion) => suggestion.status === 'open');
    const before = await graphState();
    const counts = await technicalCounts();
    const accepted = await call('POST', `/api/passages/${passage.id}/accept`, {});
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    const answer = passageReviewResponse.parse(accepted.body);
    expect(new Set(answer.reviewed)).toEqual(new Set(open.map((suggestion) => suggestion.id)));
    const after = await graphState();

    // New entities: exactly the ones proposed in this passage (the event among them), named as proposed.
    const added = [...after.nodes.keys()].filter((id) => !before.nodes.has(id));
    const proposedEntities = open.filter((suggestion) => suggestion.change.action === 'create-entity');
    expect(added).toHaveLength(proposedEntities.length);
    const eventNode = added.map((id) => after.nodes.get(id)).find((props) => props?.start === NEW_EVENT_EN.start);
    if (!eventNode) throw new Error('the event was not created');
    const eventId = String(eventNode.id);
    // Entities that were there are unchanged.
    for (const [id, props] of before.nodes) expect(after.nodes.get(id), id).toEqual(props);

    // New relationships: exactly the open facts of the passage whose ends were new to each other,
    // with the placeholder read as the event's id; each cites the document with its quote from the passage.
    const created = new Map<string, string>([[String(placeholder), eventId]]);
    for (const suggestion of proposedEntities) {
      const name = suggestion.change.action === 'create-entity' ? suggestion.change.body.properties : {};
      const id = added.find((candidate) => {
        const props = after.nodes.get(candidate);
        return props?.name_en === name.name_en && props?.name_fr === name.name_fr;
      });
      if (suggestion.origin?.proposes && id) created.set(suggestion.origin.proposes, id);
    }
    const real = (id: string) => created.get(id) ?? id;
    const wanted = open.flatMap((suggestion) => {
      const parsed = relationshipEnds.safeParse(suggestion.change);
      return parsed.success
        ? [{ ...parsed.data.body, from: real(parsed.data.body.from), to: real(parsed.data.body.to), evidence: suggestion.provenance.evidence }]
        : [];
    });
    const newEdges = [...after.edges.keys()].filter((key) => !before.edges.has(key));
    const existedBefore = (fact: { from: string; type: string; to: string }) =>
      [...before.edges.keys()].some((key) => key.startsWith(`${fact.from}|${fact.type}|${fact.to}|`));
    expect(newEdges.map((key) => key.split('|').slice(0, 3).join('|')).sort()).toEqual(
      [...new Set(wanted.filter((fact) => !existedBefore(fact)).map((fact) => `${fact.from}|${fact.type}|${fact.to}`))].sort(),
    );
    for (const fact of wanted) {
      const key = [...after.edges.keys()].find((candidate) => candidate.startsWith(`${fact.from}|${fact.type}|${fact.to}|`));
      const props = key ? after.edges.get(key) : undefined;
      const sources = (props?.sources as string[] | undefined) ?? [];
      expect(sources, `${fact.from} ${fact.type} ${fact.to}`).toContain(report.source.id);
      const quote = (props?.evidence as string[])[sources.indexOf(report.source.id)];
      expect(passage.text).toContain(quote);
    }
    // Relationships that existed keep everything but may gain this document as a source.
    for (const [key, props] of before.edges) {
      const now = after.edges.get(key);
      expect(now, key).toBeDefined();
      const { sources: _s, evidence: _e, version: _v, ...rest } = props;
      const { sources: _s2, evidence: _e2, version: _v2, ...restNow } = now ?? {};
      expect(restNow, key).toEqual(rest);
    }
    // Besides the graph, only change records were added (one per accepted suggestion).
    const countsAfter = await technicalCounts();
    expect({ ...countsAfter, Change: 0 }).toEqual({ ...counts, Change: 0 });
    expect((countsAfter.Change ?? 0) - (counts.Change ?? 0)).toBe(open.length);

    // The reader now shows the passage's proposals accepted, and the event is read in the graph.
    const reread = await read(report.source.id);
    const statuses = reread.passages.find((candidate) => candidate.id === passage.id)?.suggestions.map((suggestion) => suggestion.status);
    expect(new Set(statuses)).toEqual(new Set(['accepted']));
    const node = await call('GET', `/api/nodes/${eventId}`);
    expect(node.status).toBe(200);
  });

  it('rejecting a new event rejects its facts; rejecting a passage writes nothing to the graph', async () => {
    const text = NEW_EVENT_EN.text.replace(NEW_EVENT_EN.dateText, NEW_EVENT_EN.otherDateText);
    const report = await ingest(text, `${NEW_EVENT_EN.title} (second)`);
    const event = report.proposals.find((proposal) => proposal.kind === 'event' && proposal.start === NEW_EVENT_EN.otherStart);
    if (!event) throw new Error('no new event proposed');
    const before = await graphState();
    const [eventId, ...factIds] = event.suggestions;
    const rejected = await call('POST', `/api/suggestions/${eventId}/reject`, { reason: 'Not an event of this field.' });
    expect(rejected.status).toBe(200);
    const document = await read(report.source.id);
    const all = document.passages.flatMap((passage) => passage.suggestions);
    for (const id of [eventId, ...factIds]) expect(all.find((suggestion) => suggestion.id === id)?.status, id).toBe('rejected');
    // The rest of every passage, rejected at once.
    for (const passage of document.passages) {
      if (!passage.suggestions.some((suggestion) => suggestion.status === 'open')) continue;
      const answer = await call('POST', `/api/passages/${passage.id}/reject`, { reason: 'Checked: nothing to take.' });
      expect(answer.status).toBe(200);
    }
    const after = await read(report.source.id);
    expect(after.passages.flatMap((passage) => passage.suggestions).filter((suggestion) => suggestion.status !== 'rejected')).toEqual([]);
    expect(await graphState()).toEqual(before);
  });

  it('accepts a proposed new entity as an existing one: nothing created, the change cites the document', async () => {
    const report = await ingest(NEW_NAMES_EN.text, NEW_NAMES_EN.title);
    const entity = report.proposals.find((proposal) => proposal.kind === 'entity' && proposal.queue === 'suggestion');
    if (!entity) throw new Error(`no new entity proposed: ${JSON.stringify(report.proposals)}`);
    const listed = await call('GET', '/api/suggestions?status=open&limit=500');
    const stored = z
      .object({ suggestions: z.array(suggestionSchema) })
      .parse(listed.body)
      .suggestions.find((item) => item.id === entity.id);
    if (!stored || stored.change.action !== 'create-entity') throw new Error('the entity suggestion is not in the queue');
    // The same-as candidates are entities of the graph with the proposed label.
    const label = stored.change.body.label;
    const sameLabel = await rows(file.db, `MATCH (n:Entity) WHERE $label IN labels(n) RETURN n.id AS id ORDER BY id LIMIT 1`, { label });
    const candidate = stored.origin?.candidates[0]?.id ?? String(sameLabel[0]?.id);
    const [known] = await rows(file.db, 'MATCH (n:Entity {id: $id}) RETURN labels(n) AS labels', { id: candidate });
    expect(known?.labels).toContain(label);

    const wrong = await call('POST', `/api/suggestions/${entity.id}/accept`, { as: 'no-such-entity' });
    expect(wrong.status).toBe(404);
    const before = await graphState();
    const accepted = await call('POST', `/api/suggestions/${entity.id}/accept`, { as: candidate });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    expect(z.object({ entity: z.string() }).parse(accepted.body).entity).toBe(candidate);
    expect(await graphState()).toEqual(before);
    const [change] = await rows(
      file.db,
      "MATCH (c:Change {element_id: $id, action: 'provenance'}) RETURN c.provenance AS provenance, c.element_kind AS kind",
      { id: candidate },
    );
    expect(change?.kind).toBe('node');
    expect(JSON.parse(String(change?.provenance))).toEqual({ source: report.source.id, evidence: entity.evidence });
  });
});
