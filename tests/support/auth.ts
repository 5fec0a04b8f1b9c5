import { createAccount } from '../../api/src/auth/accounts.js';
import type { Role } from '../../api/src/auth/actor.js';
import { CSRF_HEADER, SESSION_COOKIE } from '../../api/src/contract/auth.js';
import type { Database } from '../../api/src/db/driver.js';
import { request } from './app.js';

/** Accounts made by a test: a name unique to the run, a known password. */
export async function makeAccount(
  db: Database,
  role: Role,
  prefix: string = role,
): Promise<{ id: string; name: string; password: string; role: Role }> {
  const name = `${prefix}-${Math.random().toString(36).slice(2, 10)}`;
  const password = `pw-${Math.random().toString(36).slice(2)}-long-enough`;
  const account = await createAccount(db, { name, role, password });
  return { id: account.id, name, password, role };
}

/** Deletes every account, session, token and generated secret, so later files meet a single-user install. */
export async function removeAuthData(db: Database): Promise<void> {
  await db.driver.executeQuery(
    'MATCH (n) WHERE n:Account OR n:Session OR n:ApiToken OR n:AppSecret DETACH DELETE n',
    {},
    { database: db.config.database },
  );
}

/** The session cookie of a response, as `name=value` (undefined when none was set). */
export function sessionCookieOf(headers: Headers): string | undefined {
  const line = headers.getSetCookie().find((cookie) => cookie.startsWith(`${SESSION_COOKIE}=`));
  return line?.split(';')[0];
}

/** A browser-like client of one app: keeps the session cookie and the CSRF token. */
export class Browser {
  cookie: string | undefined;
  csrf: string | undefined;

  constructor(public baseUrl: string) {}

  /** A request with the session cookie (and, when `csrf`, the CSRF header); keeps a cookie the answer sets. */
  async send(path: string, init: { method?: string; body?: unknown; headers?: Record<string, string>; csrf?: boolean } = {}) {
    const headers: Record<string, string> = { ...init.headers };
    if (this.cookie) headers.cookie = this.cookie;
    if (init.csrf !== false && this.csrf) headers[CSRF_HEADER] = this.csrf;
    const answer = await request(this.baseUrl, path, { method: init.method, body: init.body, headers });
    const cookie = sessionCookieOf(answer.headers);
    if (cookie) this.cookie = cookie;
    return answer;
  }

  async signIn(name: string, password: string) {
    const answer = await this.send('/api/auth/sign-in', { body: { name, password } });
    if (answer.status === 200) this.csrf = answer.body.csrfToken as string;
    return answer;
  }
}
