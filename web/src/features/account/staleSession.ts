import { onStaleSession } from '../../api/client';
import { queryClient } from '../../api/queryClient';
import { queries } from '../../api/queries';
import { useExplorer } from '../../state/store';

let pending: ((signedIn: boolean) => void) | null = null;

/**
 * A write answered 401 (the session expired or was signed out elsewhere): open the sign-in dialog
 * and let the client retry once the user is back. Concurrent writes wait for the same dialog.
 */
let waiting: Promise<boolean> | null = null;
function askToSignInAgain(): Promise<boolean> {
  waiting ??= new Promise<boolean>((resolve) => {
    pending = resolve;
    void queryClient.invalidateQueries({ queryKey: queries.session().queryKey });
    useExplorer.getState().setSignIn({ stale: true });
  }).finally(() => {
    waiting = null;
  });
  return waiting;
}

/** The dialog closed: signed in (the waiting writes are sent again) or given up. */
export function settleSignIn(signedIn: boolean): void {
  pending?.(signedIn);
  pending = null;
}

/** Registers the dialog as the client's answer to a stale session (once, at start). */
export function watchStaleSessions(): void {
  onStaleSession(askToSignInAgain);
}
