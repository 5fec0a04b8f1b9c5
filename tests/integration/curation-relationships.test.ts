import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endsAllowed } from '../../api/src/model/relationship-ends.js';
import { rows } from '../fixtures/import/graph-snapshot.js';
import { changeCount, curationApp } from '../support/curation.js';
import { seededForFile } from '../support/db.js';

/** Relationships: vocabulary and direction, the evidence rule, provenance appended, edit/delete/restore. */
const file = seededForFile();
let curation: Awaited<ReturnType<typeof curationApp>>;
const call = (...args: Parameters<typeof curation.call>) => curation.call(...args);
const enc = encodeURIComponent;

beforeAll(async () => {
  curation = await curationApp(file.db);
});
afterAll(async () => {
  await curation.app.close();
});

const documents = () => file.graph.nodes.filter((node) => node.label === 'Source' && node.properties.kind === 'document').map((node) => node.id);
const references = () => file.graph.nodes.filter((node) => node.label === 'Source' && node.properties.kind === 'reference').map((node) => node.id);
const labelOf = (id: string) => file.graph.nodes.find((node) => node.id === id)?.label;

describe("next month's event, as an editor adds it", { timeout: 240_000 }, () => {
  it('creates the event, its organiser and place with evidence; search, expand and history see them at once', async () => {
    const before = await changeCount(file.db);
    const event = await call('POST', '/api/entities', {
      label: 'Event',
      properties: { name_en: 'Regional anti-trafficking coordination meeting 2027', kind: 'meeting', start: '2027-01-20' },
      note: 'announced on the CoE site',
    });
    expect(event.status, JSON.stringify(event.body)).toBe(201);
    const eventId = event.body.node.id as string;
    expect(eventId).toBe('event-regional-anti-trafficking-coordination-meeting-2027');
    const organiser = await call('POST', '/api/relationships', {
      type: 'ORGANISED',
      from: 'coe',
      to: eventId,
      provenance: {
        newSource: {
          title: 'CoE announcement of the 2027 coordination meeting',
          publisher: 'Council of Europe',
          language: 'en',
          url: 'https://www.coe.int/en/web/anti-human-trafficking/news',
        },
        evidence: 'The Council of Europe will hold a regional meeting',
      },
    });
    expect(organiser.status, JSON.stringify(organiser.body)).toBe(201);
    const sourceId = organiser.body.relationship.properties.sources[0] as string;
    expect(sourceId).toMatch(/^doc-/);
    const city = file.graph.nodes.find((node) => node.label === 'City')?.id as string;
    const place = await call('POST', '/api/relationships', {
      type: 'HELD_IN',
      from: eventId,
      to: city,
      provenance: { source: sourceId, evidence: 'will hold a regional meeting' },
    });
    expect(place.status, JSON.stringify(place.body)).toBe(201);
    expect(await changeCount(file.db)).toBe(before + 3);

    const search = await call('GET', `/api/search?q=${enc('coordination meeting 2027')}`);
    expect(search.body.results.map((r: { id: string }) => r.id)).toContain(eventId);
    const expand = await call('GET', `/api/expand?ids=${enc(eventId)}&depth=1`);
    expect(expand.status, JSON.stringify(expand.body)).toBe(200);
    expect(expand.body.edges.map((e: { type: string }) => e.type).sort()).toEqual(['HELD_IN', 'ORGANISED']);
    const details = await call('GET', `/api/nodes/${enc(eventId)}`);
    expect(details.body.provenance.map((p: { source: { id: string } }) => p.source.id)).toContain(sourceId);
    // The new Source is in the organiser change, so the change alone says where it came from.
    const history = await call('GET', `/api/relationships/${enc(organiser.body.relationship.id)}/history`);
    expect(history.body.changes[0].after.createdSource.id).toBe(sourceId);
  });
});

describe('vocabulary and direction', { timeout: 240_000 }, () => {
  it('answers 400 naming the field, writing nothing', async () => {
    const before = await changeCount(file.db);
    const doc = documents()[0] as string;
    const provenance = { source: doc, evidence: 'a short quote' };
    const topic = file.graph.nodes.find((node) => node.label === 'Topic')?.id as string;
    const event = file.graph.nodes.find((node) => node.label === 'Event')?.id as string;
    const cases: [unknown, string][] = [
      [{ type: 'LIKES', from: 'coe', to: event, provenance }, 'type'],
      [{ type: 'ORGANISED', from: event, to: 'coe', provenance }, 'from'],
      [{ type: 'MEMBER_OF', from: event, to: topic, provenance }, 'type'],
      [{ type: 'ORGANISED', from: 'coe', to: 'event-that-does-not-exist', provenance }, 'to'],
      [{ type: 'ORGANISED', from: 'coe', to: event, provenance: { source: doc } }, 'provenance.evidence'],
      [
        {
          type: 'ORGANISED',
          from: 'coe',
          to: event,
          provenance: { source: doc, evidence: 'one two three four five six seven eight nine ten eleven twelve thirteen' },
        },
        'provenance.evidence',
      ],
      [{ type: 'ORGANISED', from: 'coe', to: event, provenance: { source: references()[0] } }, 'provenance.source_url'],
      [{ type: 'ORGANISED', from: 'coe', to: event, provenance: { source: 'greta', evidence: 'x' } }, 'provenance.source'],
      [{ type: 'ORGANISED', from: 'coe', to: event, qualifiers: { date: '2020-13-01' }, provenance }, 'qualifiers.date'],
    ];
    for (const [body, field] of cases) {
      const response = await call('POST', '/api/relationships', body);
      expect(response.status, `${field}: ${JSON.stringify(response.body)}`).toBe(400);
      expect(response.body.error.field).toBe(field);
    }
    expect(await changeCount(file.db)).toBe(before);
  });

  it('knows every pattern of the seed graph', () => {
    for (const rel of file.graph.relationships) expect(endsAllowed(rel.type, labelOf(rel.from)!, labelOf(rel.to)!), rel.id).toBe(true);
  });
});

describe('provenance', { timeout: 240_000 }, () => {
  it('adds a new source to an existing fact instead of duplicating it', async () => {
    const seeded = file.graph.relationships.find(
      (rel) => (rel.properties.sources as string[]).every((s) => s.startsWith('doc-')) && !rel.properties.round,
    );
    if (!seeded) throw new Error('no seeded document fact');
    const other = documents().find((doc) => !(seeded.properties.sources as string[]).includes(doc)) as string;
    const before = await changeCount(file.db);
    const response = await call('POST', '/api/relationships', {
      type: seeded.type,
      from: seeded.from,
      to: seeded.to,
      provenance: { source: other, evidence: 'a second source says so too' },
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.appended).toBe(true);
    expect(response.body.relationship.properties.sources).toEqual([...(seeded.properties.sources as string[]), other]);
    expect(response.body.relationship.properties.evidence).toEqual([...(seeded.properties.evidence as string[]), 'a second source says so too']);
    const stored = await rows(file.db, 'MATCH (:Entity {id: $from})-[r]->(:Entity {id: $to}) WHERE type(r) = $type RETURN r.id AS id', {
      from: seeded.from,
      to: seeded.to,
      type: seeded.type,
    });
    expect(stored).toHaveLength(1);
    expect(await changeCount(file.db)).toBe(before + 1);
    // The same source and quote again is refused.
    const again = await call('POST', '/api/relationships', {
      type: seeded.type,
      from: seeded.from,
      to: seeded.to,
      provenance: { source: other, evidence: 'a second source says so too' },
    });
    expect(again.status).toBe(400);
    expect(again.body.error.field).toBe('provenance');
  });
});

describe('edit, delete and restore a fact', { timeout: 240_000 }, () => {
  it('keeps every step in its history and restores the full state', async () => {
    const seeded = file.graph.relationships.find((rel) => rel.type === 'SPOKE_AT');
    if (!seeded) throw new Error('no SPOKE_AT');
    const id = enc(seeded.id);
    const edited = await call('PATCH', `/api/relationships/${id}`, { version: 0, set: { role: 'moderator' } });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    const stale = await call('PATCH', `/api/relationships/${id}`, { version: 0, set: { role: 'keynote' } });
    expect(stale.status).toBe(409);
    expect(stale.body.error.current.properties.role).toBe('moderator');
    const deleted = await call('DELETE', `/api/relationships/${id}`, { version: 1, reason: 'wrong event' });
    expect(deleted.status).toBe(200);
    expect(await rows(file.db, 'MATCH ()-[r]->() WHERE r.id = $id RETURN r', { id: seeded.id })).toHaveLength(0);
    const restored = await call('POST', `/api/relationships/${id}/restore`, {});
    expect(restored.status, JSON.stringify(restored.body)).toBe(200);
    expect(restored.body.relationship.properties).toMatchObject({
      role: 'moderator',
      sources: seeded.properties.sources,
      evidence: seeded.properties.evidence,
    });
    const history = await call('GET', `/api/relationships/${id}/history`);
    expect(history.body.changes.map((c: { action: string }) => c.action)).toEqual(['restore', 'delete', 'update']);
  });
});
