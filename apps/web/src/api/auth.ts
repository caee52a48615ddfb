import { api, getTokens, post, setTokens } from './client';
import type { LoginResponse, Me } from './schema';

export async function login(username: string, password: string): Promise<Me> {
  const res = await post<LoginResponse>('/auth/login', { username, password });
  setTokens(res);
  return me();
}

export const me = () => api<Me>('/me');

export async function logout(): Promise<void> {
  const t = getTokens();
  await post('/auth/logout', t ? { refreshToken: t.refreshToken } : {}).catch(() => undefined);
  setTokens(null);
}
