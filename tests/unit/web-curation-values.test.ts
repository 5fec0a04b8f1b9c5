import { describe, expect, it } from 'vitest';
import { fieldsOf } from '../../web/src/features/curation/fields.js';
import { patchOf, propertiesOf, toDraft, type Draft } from '../../web/src/features/curation/values.js';
import { diffOf } from '../../web/src/features/history/diff.js';

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
});
