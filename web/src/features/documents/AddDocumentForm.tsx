import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, ApiError, type DocumentReport } from '../../api/client';
import { useT } from '../../i18n/messages';
import { useDocuments } from '../../state/documents/store';
import { failureText } from '../curation/errors';

type Language = '' | 'fr' | 'en';

/**
 * "Add a document" (editors): a file, or pasted text, with an optional title and language. The
 * server reads it and queues its proposals; its one-sentence refusals are shown in the user's language, and a
 * duplicate offers the document already read.
 */
export function AddDocumentForm() {
  const t = useT();
  const client = useQueryClient();
  const open = useDocuments((state) => state.open);
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [language, setLanguage] = useState<Language>('');
  const [missing, setMissing] = useState(false);
  const ingest = useMutation({
    mutationFn: (): Promise<DocumentReport> => {
      const lang = language || undefined;
      if (file) return api.ingestFile(file, lang);
      return api.ingestText({ text, language: lang, title: title.trim() || undefined });
    },
    onSuccess: async (report) => {
      await client.invalidateQueries({ predicate: (query) => ['documents', 'suggestions'].includes(String(query.queryKey[0])) });
      const queued = report.proposals.reduce((sum, proposal) => sum + proposal.suggestions.length, 0);
      open({ kind: 'read', id: report.source.id, queued });
    },
  });
  const duplicate = ingest.error instanceof ApiError && typeof ingest.error.details.source === 'string' ? ingest.error.details.source : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file && !text.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    ingest.mutate();
  };
  return (
    <form className="curation-form add-document" onSubmit={submit} data-testid="add-document">
      <div className="field">
        <label htmlFor="document-file">{t.documents.file}</label>
        <input
          id="document-file"
          type="file"
          accept=".pdf,.docx,.html,.htm,.txt,application/pdf,text/html,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          data-testid="document-file"
        />
      </div>
      <p className="muted">{t.documents.or}</p>
      <div className="field">
        <label htmlFor="document-text">{t.documents.text}</label>
        <textarea id="document-text" rows={6} value={text} disabled={file !== null} onChange={(event) => setText(event.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="document-title">{t.documents.title}</label>
        <input
          id="document-title"
          value={title}
          disabled={file !== null}
          placeholder={t.documents.titleHint}
          onChange={(event) => setTitle(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="document-language">{t.documents.language}</label>
        <select id="document-language" value={language} onChange={(event) => setLanguage(event.target.value as Language)}>
          <option value="">{t.documents.detect}</option>
          <option value="fr">{t.documents.languages.fr}</option>
          <option value="en">{t.documents.languages.en}</option>
        </select>
      </div>
      <button type="submit" className="primary" disabled={ingest.isPending} data-testid="send-document">
        {ingest.isPending ? t.documents.reading : t.documents.send}
      </button>
      {ingest.isPending && (
        <p className="loading" role="status">
          {t.documents.reading}
        </p>
      )}
      {missing && <p className="field-error">{t.documents.needInput}</p>}
      {ingest.error && (
        <p className="field-error" role="alert" data-testid="document-error">
          {failureText(t, ingest.error)}{' '}
          {duplicate && (
            <button type="button" className="link" onClick={() => open({ kind: 'read', id: duplicate })}>
              {t.documents.openExisting}
            </button>
          )}
        </p>
      )}
    </form>
  );
}
