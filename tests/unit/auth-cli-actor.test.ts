import { describe, expect, it } from 'vitest';
import { cliActor, hasRole } from '../../api/src/auth/actor.js';
import * as audit from '../../api/src/curation/audit.js';

/** One helper names the command line's actor, for requests' role checks and for the audit trail alike. */
describe('cliActor', () => {
  it('is an admin account actor whose audit record keeps the name and the path given', () => {
    const importing = cliActor('ana', 'import');
    expect(importing).toMatchObject({ kind: 'account', name: 'ana', role: 'admin', via: 'import' });
    expect(hasRole(importing.role, 'editor')).toBe(true);
    expect(audit.changeActorOf(importing)).toEqual({ name: 'ana', role: 'admin', via: 'import' });
    expect(audit.changeActorOf(cliActor('ana'))).toEqual({ name: 'ana', role: 'admin', via: 'cli' });
  });

  it('exists once: the audit module has no second one', () => {
    expect(Object.keys(audit)).not.toContain('cliActor');
  });
});
