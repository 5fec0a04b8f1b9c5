import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { api } from '../../api/client';
import { queries } from '../../api/queries';
import { useT } from '../../i18n/messages';
import { useDocuments } from '../../state/documents/store';
import { useExplorer } from '../../state/store';
import { SignInDialog } from './SignInDialog';
import { watchStaleSessions } from './staleSession';
import { useAccount } from './useAccount';

watchStaleSessions();

/**
 * The header's account button: "Sign in" when anonymous; otherwise the name and role, with a menu
 * of what the role allows (new entity and review queue for editors) and sign-out.
 */
export function AccountMenu() {
  const t = useT();
  const { account, canEdit } = useAccount();
  const setSignIn = useExplorer((state) => state.setSignIn);
  const setCuration = useExplorer((state) => state.setCuration);
  const openDocuments = useDocuments((state) => state.open);
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const menu = useRef<HTMLDivElement | null>(null);
  const openSuggestions = useQuery({ ...queries.suggestions('open'), enabled: canEdit });
  const signOut = useMutation({
    mutationFn: api.signOut,
    onSettled: () => {
      setOpen(false);
      setCuration(null);
      openDocuments(null);
      client.setQueryData(queries.session().queryKey, { account: null });
    },
  });

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent) => {
      if (!menu.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    return () => document.removeEventListener('mousedown', close);
  }, [open]);

  const waiting = openSuggestions.data?.suggestions.length ?? 0;
  return (
    <div className="account" ref={menu} data-testid="account">
      {account ? (
        <>
          <button
            type="button"
            aria-haspopup="menu"
            aria-expanded={open}
            onClick={() => setOpen(!open)}
            title={`${account.name} · ${t.account.roles[account.role]}`}
            data-testid="account-button"
          >
            <span className="account-name">{account.name}</span>
            <span className="account-role"> · {t.account.roles[account.role]}</span>
            {waiting > 0 && <span className="badge">{waiting}</span>} ▾
          </button>
          {open && (
            <div role="menu" className="account-menu">
              {canEdit && (
                <>
                  <button
                    type="button"
                    role="menuitem"
                    data-testid="menu-new-entity"
                    onClick={() => {
                      setOpen(false);
                      setCuration({ kind: 'create' });
                    }}
                  >
                    {t.curation.newEntity}
                  </button>
                  <button
                    type="button"
                    role="menuitem"
                    data-testid="menu-review"
                    onClick={() => {
                      setOpen(false);
                      setCuration({ kind: 'review' });
                    }}
                  >
                    {t.review.title} ({waiting})
                  </button>
                  <button
                    type="button"
                    role="menuitem"
                    data-testid="menu-add-document"
                    onClick={() => {
                      setOpen(false);
                      openDocuments({ kind: 'add' });
                    }}
                  >
                    {t.documents.add}
                  </button>
                </>
              )}
              <button
                type="button"
                role="menuitem"
                data-testid="menu-documents"
                onClick={() => {
                  setOpen(false);
                  openDocuments({ kind: 'list' });
                }}
              >
                {t.documents.list}
              </button>
              <button type="button" role="menuitem" data-testid="menu-sign-out" onClick={() => signOut.mutate()}>
                {t.account.signOut}
              </button>
            </div>
          )}
        </>
      ) : (
        <button type="button" onClick={() => setSignIn({ stale: false })} data-testid="sign-in">
          {t.account.signIn}
        </button>
      )}
      <SignInDialog />
    </div>
  );
}
