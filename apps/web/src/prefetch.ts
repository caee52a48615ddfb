/**
 * What a person needs right after signing in, fetched early so that on a slow phone line
 * login → inbox costs one API round trip and the rendering, not downloads and a chain of requests:
 * - the signed-in app (antd, the shell, the 工作台) is one module, downloaded and evaluated while
 *   the login form waits for the password;
 * - the 工作台's first list is asked for as soon as the login (or the session cookie) answers,
 *   while the page renders, and handed to the widget that shows it (once, while fresh).
 */
import type { Me } from './api/types';
import { listAgencyInbox } from './api/deliveries';

type SignedInModule = typeof import('./SignedInApp');

let signedIn: SignedInModule | undefined;
let signedInLoading: Promise<SignedInModule> | undefined;

/** The signed-in app's module: starts (or joins) its download; a failed download may be retried. */
export function loadSignedIn(): Promise<SignedInModule> {
  signedInLoading ??= import('./SignedInApp').then(
    (m) => (signedIn = m),
    (e: unknown) => {
      signedInLoading = undefined;
      throw e;
    },
  );
  return signedInLoading;
}

/** The signed-in app's module if it is already in (rendered at once, without a loading pass). */
export function signedInLoaded(): SignedInModule | undefined {
  return signedIn;
}

export function prefetchSignedIn(): void {
  void loadSignedIn().catch(() => undefined);
}

const EARLY_MAX_AGE_MS = 15000;
const early = new Map<string, { at: number; data: Promise<unknown> }>();

function startEarly(key: string, fetch: () => Promise<unknown>): void {
  const data = fetch();
  data.catch(() => undefined); // taken or not, a failure is the widget's to show (it asks again)
  early.set(key, { at: Date.now(), data });
}

/** The early answer for `key`, once: undefined when none was asked for or it is older than 15 s. */
export function takeEarly<T>(key: 'agency-inbox'): Promise<T> | undefined {
  const e = early.get(key);
  early.delete(key);
  return e && Date.now() - e.at <= EARLY_MAX_AGE_MS ? (e.data as Promise<T>) : undefined;
}

/** Asks for the 工作台's first list for this person while the page renders. */
export function prefetchFirstData(me: Me): void {
  if (me.roles.includes('AGENCY_CLERK') || me.roles.includes('AGENCY_LEADER')) startEarly('agency-inbox', listAgencyInbox);
}

/** Signing out forgets what was fetched early. */
export function forgetEarly(): void {
  early.clear();
}
