import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, type NodeLabel } from '../../api/client';
import { queries } from '../../api/queries';
import { nodeName } from '../../graph/elements';
import { primaryLabel } from '../../graph/palette';
import { useT } from '../../i18n/messages';
import { useExplorer } from '../../state/store';
import { useNodeName } from '../details/useNodeName';
import { SearchBox } from '../search/SearchBox';
import { conflictOf, failureText, versionOf } from './errors';
import { useAfterWrite } from './useAfterWrite';

/** Merge a near-duplicate into the entity that stays (same label), both at the versions read. */
export function MergeForm({ id }: { id: string }) {
  const t = useT();
  const lang = useExplorer((state) => state.lang);
  const setCuration = useExplorer((state) => state.setCuration);
  const client = useQueryClient();
  const name = useNodeName(id);
  const merged = useQuery(queries.node(id));
  const [into, setInto] = useState<string | null>(null);
  const target = useQuery({ ...queries.node(into ?? ''), enabled: Boolean(into) });
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const afterWrite = useAfterWrite();
  const label = merged.data ? (primaryLabel(merged.data.node.labels) as NodeLabel) : undefined;
  const merge = useMutation({
    mutationFn: () =>
      api.mergeEntity(id, {
        into: into!,
        version: versionOf(merged.data!.node.properties),
        intoVersion: versionOf(target.data!.node.properties),
        note: note.trim() || undefined,
      }),
    onSuccess: async (result) => {
      setMessage(t.curation.mergeDone(nodeName(result.node, lang)));
      await afterWrite({ removed: [id], show: [result.node.id], focus: { kind: 'node', id: result.node.id } });
    },
    // A 409: read both again, so the next try names the current versions.
    onError: (error) => {
      if (conflictOf(error)) void client.invalidateQueries({ queryKey: ['node'] });
    },
  });
  if (message)
    return (
      <p className="curation-done" role="status" data-testid="curation-done">
        {message}
      </p>
    );
  return (
    <form
      className="curation-form"
      data-testid="merge-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (into && into !== id && merged.data && target.data) merge.mutate();
      }}
    >
      <h3>{t.curation.mergeTitle(name)}</h3>
      <p className="muted">{t.curation.mergeExplain}</p>
      <div className="field">
        <label htmlFor="merge-into">{t.curation.mergeInto}</label>
        <SearchBox
          id="merge-into"
          label={t.curation.mergeInto}
          labels={label ? [label] : undefined}
          value={target.data ? nodeName(target.data.node, lang) : ''}
          onPick={(result) => setInto(result.id)}
        />
        {into && <p className="muted source-id">{into}</p>}
      </div>
      <div className="field">
        <label htmlFor="merge-note">{t.curation.note}</label>
        <textarea id="merge-note" rows={2} value={note} onChange={(event) => setNote(event.target.value)} />
      </div>
      {merge.isError && (
        <p className="field-error" role="alert">
          {conflictOf(merge.error) ? t.curation.conflict : failureText(t, merge.error)}
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={() => setCuration(null)}>
          {t.cancel}
        </button>
        <button type="submit" className="primary" disabled={!into || into === id || !target.data || merge.isPending} data-testid="merge-submit">
          {merge.isPending ? t.working : t.curation.mergeSubmit}
        </button>
      </div>
    </form>
  );
}
