import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../../api/client';
import { queries } from '../../api/queries';
import { useT } from '../../i18n/messages';
import { useExplorer } from '../../state/store';
import { useNodeName } from '../details/useNodeName';
import { ConflictNotice } from './ConflictNotice';
import { conflictOf, failureText, versionOf } from './errors';
import { useAfterWrite } from './useAfterWrite';

/** Delete a node or a relationship, with the reason the change record keeps; its history stays, with a way back. */
export function DeleteForm({ element, id }: { element: 'node' | 'relationship'; id: string }) {
  const t = useT();
  const setCuration = useExplorer((state) => state.setCuration);
  const edge = useExplorer((state) => (element === 'relationship' ? state.graph.edges.get(id) : undefined));
  const details = useQuery({ ...queries.node(id), enabled: element === 'node' });
  const name = useNodeName(element === 'node' ? id : null) || (edge ? `${edge.source} — ${t.types[edge.type] ?? edge.type} → ${edge.target}` : id);
  const afterWrite = useAfterWrite();
  const [reason, setReason] = useState('');
  const [version, setVersion] = useState<number | null>(null);
  const read = version ?? versionOf((element === 'node' ? details.data?.node.properties : edge?.properties) ?? {});
  const remove = useMutation({
    mutationFn: (at: number) =>
      element === 'node'
        ? api.deleteEntity(id, { version: at, reason: reason.trim() })
        : api.deleteRelationship(id, { version: at, reason: reason.trim() }),
    onSuccess: async () => {
      await afterWrite({ removed: [id] });
      setCuration({ kind: 'history', element, id });
    },
  });
  const conflict = conflictOf(remove.error);
  return (
    <form
      className="curation-form"
      data-testid="delete-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (reason.trim()) remove.mutate(read);
      }}
    >
      <h3>{t.curation.deleteTitle(name)}</h3>
      <p className="muted">{t.curation.deleteExplain}</p>
      <div className="field">
        <label htmlFor="delete-reason">
          {t.curation.reason} <span className="required">({t.curation.required})</span>
        </label>
        <textarea id="delete-reason" rows={3} required value={reason} onChange={(event) => setReason(event.target.value)} />
      </div>
      {conflict && (
        <ConflictNotice
          current={conflict.current}
          onReapply={() => {
            const at = versionOf(conflict.current?.properties ?? {});
            setVersion(at);
            remove.mutate(at);
          }}
        />
      )}
      {remove.isError && !conflict && (
        <p className="field-error" role="alert">
          {failureText(t, remove.error)}
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={() => setCuration(null)}>
          {t.cancel}
        </button>
        <button type="submit" className="danger" disabled={!reason.trim() || remove.isPending} data-testid="delete-submit">
          {remove.isPending ? t.working : t.curation.delete}
        </button>
      </div>
    </form>
  );
}
