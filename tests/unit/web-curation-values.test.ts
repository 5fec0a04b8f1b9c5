import { describe, expect, it } from 'vitest';
import { fieldsOf } from '../../web/src/features/curation/fields.js';
import { patchOf, propertiesOf, toDraft, type Draft } from '../../web/src/features/curation/values.js';
import { diffOf, mergeOf } from '../../web/src/features/history/diff.js';

/** The edit form's patch (what the user changed, measured against what they read) and the history's before → after rows. */
const topic = fieldsOf('Topic');
const draftOf = (properties: Record<string, unknown>): Draft =>
  Object.fromEntries(topic.map((field) => [field.key, toDraft(field, properties[field.key])]));

describe('patchOf', () => {
  const read = { id: 'topic-asylum', name_en: 'Trafficking and asylum', aliases: [], version: 2 };

  it('sends only what the user changed, emptied fields as unset', () => {
    const draft = { ...draftOf(read), description: 'Where asylum meets identification.', name_en: '' };
    expect(patchOf(topic, draft, read)).toEqual({ set: { description: 'Where asylum meets identification.' }, unset: ['name_en'] });
    expect(patchOf(topic, draftOf(read), read)).toEqual({ set: {}, unset: [] });
  });

  it('measured against the version read, leaves alone what someone else saved since (409 re-apply)', () => {
    const draft = { ...draftOf(read), description: 'Mine.' };
    const current = { ...read, short_name_en: 'Asylum', version: 3 };
    // Against what was read: only my change, so theirs survives when it is applied on top.
    expect(patchOf(topic, draft, read)).toEqual({ set: { description: 'Mine.' }, unset: [] });
    // Against the current version the same draft would erase theirs: the form must not do that.
    expect(patchOf(topic, draft, current).unset).toEqual(['short_name_en']);
    expect(propertiesOf(topic, draft)).toMatchObject({ name_en: read.name_en, description: 'Mine.' });
  });
});

describe('diffOf', () => {
  it('lists the properties an edit changed, without the version', () => {
    expect(diffOf({ version: 1, properties: { name_en: 'A' } }, { version: 2, properties: { name_en: 'B' } })).toEqual([
      { key: 'name_en', before: 'A', after: 'B' },
    ]);
  });

  it('reads a created relationship as its type, ends and statements, and a deleted node with the count of its relationships', () => {
    const relationship = {
      id: 'a|HELD_IN|b',
      type: 'HELD_IN',
      from: 'a',
      to: 'b',
      properties: { id: 'a|HELD_IN|b', sources: ['doc-x'], evidence: ['held in b'], version: 1 },
    };
    expect(diffOf(null, { relationship }).map((row) => [row.key, row.after])).toEqual([
      ['evidence', ['held in b']],
      ['from', 'a'],
      ['sources', ['doc-x']],
      ['to', 'b'],
      ['type', 'HELD_IN'],
    ]);
    const node = { id: 'city-x', label: 'City', properties: { id: 'city-x', name_en: 'X', aliases: [] } };
    expect(diffOf({ node, relationships: [relationship, relationship] }, null)).toEqual([
      { key: 'aliases', before: [], after: undefined },
      { key: 'label', before: 'City', after: undefined },
      { key: 'name_en', before: 'X', after: undefined },
      { key: 'relationships', before: 2, after: undefined },
    ]);
  });

  it('finds the two sides of a merge record, and nothing in other records', () => {
    const merged = { id: 'topic-a', label: 'Topic', properties: { name_en: 'A' } };
    const kept = { id: 'topic-b', label: 'Topic', properties: { name_en: 'B', aliases: ['A'] } };
    expect(mergeOf({ node: merged, into: kept, relationships: [] }, { into: kept, redirect: { id: 'topic-a', to: 'topic-b' } })).toEqual({
      merged,
      kept,
    });
    expect(mergeOf({ version: 1, properties: {} }, { version: 2, properties: {} })).toBeNull();
  });
});
