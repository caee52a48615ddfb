/** A tiny client for the v1 API: keeps the token pair in sessionStorage. */
export interface ApiError {
  statusCode: number;
  code: string;
  message: string;
}

const KEY = 'sifa.tokens';

export function getTokens(): { accessToken: string; refreshToken: string } | null {
  const raw = sessionStorage.getItem(KEY);
  return raw ? JSON.parse(raw) : null;
}

export function setTokens(t: { accessToken: string; refreshToken: string } | null): void {
  if (t) sessionStorage.setItem(KEY, JSON.stringify({ accessToken: t.accessToken, refreshToken: t.refreshToken }));
  else sessionStorage.removeItem(KEY);
}

export async function api<T>(path: string, init: RequestInit = {}): Promise<T> {
  const tokens = getTokens();
  const headers = new Headers(init.headers);
  if (init.body && !headers.has('content-type')) headers.set('content-type', 'application/json');
  if (tokens) headers.set('authorization', `Bearer ${tokens.accessToken}`);
  const res = await fetch(`/api/v1${path}`, { ...init, headers });
  if (res.status === 204) return undefined as T;
  const body = await res.json();
  if (!res.ok) throw body as ApiError;
  return body as T;
}
