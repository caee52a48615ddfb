import { api, hasAccessToken, post, refreshSession, setAccessToken } from './client';
import type { LoginResponse, Me } from './types';

/**
 * Signs in: the access token stays in memory, the server sets the refresh token as an httpOnly
 * cookie. The answer names the user as /me does (no second round trip).
 */
export async function login(username: string, password: string): Promise<Me> {
  const res = await post<LoginResponse>('/auth/login', { username, password });
  setAccessToken(res.accessToken);
  return res.user;
}

export const me = () => api<Me>('/me');

/** On page load (a new tab, a link from an email): the cookie's session, if there is one. */
export async function resume(): Promise<Me | null> {
  if (!hasAccessToken() && !(await refreshSession())) return null;
  return me().catch(() => null);
}

/** Ends the session on the server (which clears the cookie) and forgets the access token. */
export async function logout(): Promise<void> {
  await post('/auth/logout', {}).catch(() => undefined);
  setAccessToken(null);
}
