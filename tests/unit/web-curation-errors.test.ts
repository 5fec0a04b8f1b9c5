import { describe, expect, it } from 'vitest';
import { Conflict } from '../../api/src/curation/conflict.js';
import { BadRequest } from '../../api/src/errors.js';
import { UnsupportedDocument } from '../../api/src/ingest/errors.js';
import { ApiError } from '../../web/src/api/client.js';
import { failureText, fieldProblem } from '../../web/src/features/curation/errors.js';
import { checkEntity } from '../../web/src/features/curation/fields.js';
import { en } from '../../web/src/i18n/en.js';
import { fr } from '../../web/src/i18n/fr.js';

/** What the typed client makes of a server error: its status, code, English message and the whole `error` body. */
function received(status: number, body: { code: string; message: string; [detail: string]: unknown }): ApiError {
  return new ApiError(status, body.code, body.message, body);
}

describe('refused writes in the user’s language (issue 16)', () => {
  it('has a sentence for every reason in both languages, and they differ', () => {
    for (const [reason, sentence] of Object.entries(en.curation.problems)) {
      expect(sentence, reason).toMatch(/\S\.$/);
      expect(fr.curation.problems[reason as keyof typeof en.curation.problems], reason).toMatch(/\S\.$/);
      expect(fr.curation.problems[reason as keyof typeof en.curation.problems], reason).not.toBe(sentence);
    }
    expect(Object.keys(fr.curation.problems).sort()).toEqual(Object.keys(en.curation.problems).sort());
    expect(Object.keys(fr.curation.failures).sort()).toEqual(Object.keys(en.curation.failures).sort());
  });

  it('finds the reason of the form’s own check from the field, not from zod’s English message', () => {
    expect(checkEntity('Event', { name_fr: 'Atelier', kind: 'workshop', start: '9 octobre 2025', participants: -3 })).toEqual({
      start: 'date',
      participants: 'number',
    });
    expect(checkEntity('Event', { kind: 'workshop', start: '2025-10-09' })).toEqual({ name_en: 'name' });
    expect(checkEntity('Event', { name_fr: 'Atelier', kind: 'atelier', start: '2025-10-09' })).toEqual({ kind: 'choice' });
    expect(checkEntity('City', { name_en: 'Vienna', lat: 48.2 })).toMatchObject({ lon: 'coordinates' });
    expect(checkEntity('Event', { name_fr: 'Atelier', kind: 'workshop', start: '2025-10-09' })).toEqual({});
  });

  it('says a server 400 with the field’s name and the sentence of its kind, in French', () => {
    const refused = new BadRequest('set.end: must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD', 'set.end');
    const error = received(400, refused.body());
    expect(fieldProblem(error)).toEqual({ key: 'end', reason: 'date' });
    expect(failureText(fr, error)).toBe(`${fr.curation.labelled(fr.properties.end!)}${fr.curation.problems.date}`);
    expect(failureText(fr, error)).not.toContain('must be');
    expect(failureText(en, error)).toBe(`end: ${en.curation.problems.date}`);
    const evidence = received(400, new BadRequest('provenance.evidence: is required for a fact taken from a document', 'provenance.evidence').body());
    expect(failureText(fr, evidence)).toBe(`${fr.curation.labelled(fr.properties.evidence!)}${fr.curation.problems.evidence}`);
    const id = received(400, new BadRequest('The id "event-x" is already taken.', 'id').body());
    expect(failureText(fr, id)).toContain(fr.curation.problems.id);
  });

  it('says why a suggestion cannot be reviewed, with who reviewed it or the entity to accept first', () => {
    const reviewed = new Conflict('This suggestion was already rejected by ed.', null, 'suggestion-reviewed', { status: 'rejected', by: 'ed' });
    const stale = received(409, reviewed.body());
    expect(failureText(fr, stale)).toBe('Déjà refusée par ed\u00a0: rien n’a été écrit.');
    expect(failureText(en, stale)).toBe('Already rejected by ed: nothing was written.');
    const waiting = received(409, new Conflict('Accept the new entity first.', null, 'entity-first', { name: 'Atelier' }).body());
    expect(failureText(fr, waiting)).toBe(fr.review.conflicts['entity-first']({ status: '', by: '', name: 'Atelier' }));
    expect(failureText(fr, waiting)).toContain('Atelier');
  });

  it('keeps document refusals, and translates failures that name no field', () => {
    const unsupported = new UnsupportedDocument('unsupported-type', '"a.png" is not HTML, PDF, DOCX or plain text.', { name: 'a.png' });
    expect(failureText(fr, received(415, unsupported.body()))).toBe(fr.documents.refusals['unsupported-type']({ name: 'a.png' }));
    expect(failureText(fr, new ApiError(0, 'NETWORK', 'The Liaison server cannot be reached.'))).toBe(fr.curation.failures.network);
    expect(failureText(fr, received(503, { code: 'UNAVAILABLE', message: 'Neo4j is unavailable; retry shortly.' }))).toBe(
      fr.curation.failures.server,
    );
    expect(failureText(fr, received(409, { code: 'CONFLICT', message: 'Changed.', current: null }))).toBe(fr.curation.failures.stale);
    expect(failureText(fr, new Error('Odd.'))).toBe('Odd.');
  });
});
