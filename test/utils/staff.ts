import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { App } from '../../src/app.ts';
import type { Role } from '../../src/domain/roles.ts';

export const STAFF_PASSWORD = 'correct horse battery staple';

/** A signed-in newsroom account as a request sends it: the session cookie and the CSRF token. */
export interface StaffSession {
  id: string;
  cookie: string;
  csrf: string;
}

/**
 * Creates one account per name (`<name>@example.com`, "The <name>") with the role given, signs
 * each in, and answers their sessions by name.
 */
export async function signInStaff<N extends string>(
  app: App,
  accounts: Record<N, Role>,
): Promise<Record<N, StaffSession>> {
  const out = {} as Record<N, StaffSession>;
  for (const [name, role] of Object.entries(accounts) as [N, Role][]) {
    const email = `${name}@example.com`;
    const user = await app.container.accounts.createUser(
      { email, name: `The ${name}`, role, password: STAFF_PASSWORD },
      null,
    );
    const s = await app.container.accounts.signIn(email, STAFF_PASSWORD);
    out[name] = { id: user.id, cookie: `nd_session=${s.token}`, csrf: s.csrf };
  }
  return out;
}

/** What asStaff gives back: the status, the answer (parsed when JSON) and the raw response. */
export interface StaffAnswer {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read whatever the route answered
  body: any;
  raw: LightMyRequestResponse;
}

/** Calls an admin route as a signed-in account; JSON answers come back parsed. */
export async function asStaff(
  app: App,
  s: StaffSession,
  method: InjectOptions['method'],
  url: string,
  body?: unknown,
): Promise<StaffAnswer> {
  const res = await app.server.inject({
    method,
    url,
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
    ...(body !== undefined ? { payload: body as Record<string, unknown> } : {}),
  });
  return {
    status: res.statusCode,
    body: String(res.headers['content-type'] ?? '').includes('json') ? res.json<unknown>() : res.body,
    raw: res,
  };
}
