import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { api } from '../../api/client';
import { queries } from '../../api/queries';
import { useT } from '../../i18n/messages';
import { useExplorer } from '../../state/store';
import { settleSignIn } from './staleSession';

/**
 * Name and password in a modal dialog. Opened from the account menu, or by a write that found the
 * session expired: the form being edited stays mounted underneath and the write is retried once
 * the user is signed in again. A failure shows the server's sentence (the same for a wrong name
 * and a wrong password).
 */
export function SignInDialog() {
  const t = useT();
  const signIn = useExplorer((state) => state.signIn);
  const setSignIn = useExplorer((state) => state.setSignIn);
  const client = useQueryClient();
  const dialog = useRef<HTMLDialogElement | null>(null);
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const mutation = useMutation({
    mutationFn: () => api.signIn({ name, password }),
    onSuccess: (signedIn) => {
      client.setQueryData(queries.session().queryKey, signedIn);
      setPassword('');
      setSignIn(null);
      settleSignIn(true);
    },
  });

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (signIn && !element.open) element.showModal();
    if (!signIn && element.open) element.close();
  }, [signIn]);

  const cancel = () => {
    setSignIn(null);
    mutation.reset();
    settleSignIn(false);
  };

  return (
    <dialog
      ref={dialog}
      className="sign-in"
      aria-labelledby="sign-in-title"
      data-testid="sign-in-dialog"
      onCancel={(event) => {
        event.preventDefault();
        cancel();
      }}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          mutation.mutate();
        }}
      >
        <h2 id="sign-in-title">{t.account.signInTitle}</h2>
        {signIn?.stale && (
          <p className="notice" data-testid="sign-in-stale">
            {t.account.stale}
          </p>
        )}
        <label>
          {t.account.name}
          <input name="name" autoComplete="username" required value={name} onChange={(event) => setName(event.target.value)} />
        </label>
        <label>
          {t.account.password}
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </label>
        {mutation.isError && (
          <p className="error" role="alert" data-testid="sign-in-error">
            {mutation.error.message}
          </p>
        )}
        <div className="actions">
          <button type="button" onClick={cancel}>
            {t.cancel}
          </button>
          <button type="submit" className="primary" disabled={mutation.isPending} data-testid="sign-in-submit">
            {mutation.isPending ? t.working : t.account.signIn}
          </button>
        </div>
      </form>
    </dialog>
  );
}
