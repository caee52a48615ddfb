import { createContext, ReactNode, useCallback, useContext, useEffect, useState } from 'react';
import * as authApi from '../api/auth';
import { SESSION_EXPIRED } from '../api/client';
import type { Me, Role } from '../api/types';
import { forgetEarly, prefetchFirstData } from '../prefetch';

interface AuthValue {
  me: Me | null;
  ready: boolean;
  login: (username: string, password: string) => Promise<void>;
  logout: () => Promise<void>;
  /** Display only (menus, home widgets); permissions come from the server's allowedActions. */
  has: (...roles: Role[]) => boolean;
}

const Ctx = createContext<AuthValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    authApi
      .resume()
      .then((m) => {
        if (m) prefetchFirstData(m);
        setMe(m);
      })
      .catch(() => setMe(null))
      .finally(() => setReady(true));
  }, []);
  useEffect(() => {
    const onExpired = () => setMe(null);
    window.addEventListener(SESSION_EXPIRED, onExpired);
    return () => window.removeEventListener(SESSION_EXPIRED, onExpired);
  }, []);
  const login = useCallback(async (u: string, p: string) => {
    const m = await authApi.login(u, p);
    prefetchFirstData(m);
    setMe(m);
  }, []);
  const logout = useCallback(async () => {
    await authApi.logout();
    forgetEarly();
    setMe(null);
  }, []);
  const has = useCallback((...roles: Role[]) => !!me && roles.some((r) => me.roles.includes(r)), [me]);
  return <Ctx.Provider value={{ me, ready, login, logout, has }}>{children}</Ctx.Provider>;
}

export function useAuth(): AuthValue {
  const v = useContext(Ctx);
  if (!v) throw new Error('useAuth outside AuthProvider');
  return v;
}

export const COURT_ROLES: Role[] = ['JUDGE', 'DIVISION_HEAD', 'COURT_LEADER', 'COURT_ADMIN'];
export const AGENCY_ROLES: Role[] = ['AGENCY_CLERK', 'AGENCY_LEADER'];
export const STATS_ROLES: Role[] = ['COURT_ADMIN', 'COURT_LEADER', 'SUPERVISOR', 'AGENCY_CLERK', 'AGENCY_LEADER'];
