/** The v1 API client: bearer token pair in sessionStorage, one refresh-and-retry on 401. */
export interface ApiError {
  statusCode: number;
  code: string;
  message: string | string[];
  details?: unknown;
}

interface Tokens {
  accessToken: string;
  refreshToken: string;
}

const KEY = 'sifa.tokens';
export const SESSION_EXPIRED = 'sifa:session-expired';

export function getTokens(): Tokens | null {
  const raw = sessionStorage.getItem(KEY);
  return raw ? (JSON.parse(raw) as Tokens) : null;
}

export function setTokens(t: Tokens | null): void {
  if (t) sessionStorage.setItem(KEY, JSON.stringify({ accessToken: t.accessToken, refreshToken: t.refreshToken }));
  else sessionStorage.removeItem(KEY);
}

let refreshing: Promise<boolean> | null = null;

/** Spends the refresh token once for all requests that failed with 401 at the same moment. */
function refresh(): Promise<boolean> {
  const tokens = getTokens();
  if (!tokens) return Promise.resolve(false);
  refreshing ??= fetch('/api/v1/auth/refresh', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ refreshToken: tokens.refreshToken }),
  })
    .then(async (res) => {
      if (!res.ok) return false;
      setTokens((await res.json()) as Tokens);
      return true;
    })
    .catch(() => false)
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

function expire(): void {
  setTokens(null);
  window.dispatchEvent(new Event(SESSION_EXPIRED));
}

/** fetch() under /api/v1 with the bearer token; on 401 refreshes once and retries. */
export async function rawFetch(path: string, init: RequestInit = {}, retry = true): Promise<Response> {
  const tokens = getTokens();
  const headers = new Headers(init.headers);
  if (typeof init.body === 'string' && !headers.has('content-type')) headers.set('content-type', 'application/json');
  if (tokens) headers.set('authorization', `Bearer ${tokens.accessToken}`);
  const res = await fetch(`/api/v1${path}`, { ...init, headers });
  if (res.status === 401 && tokens && retry && !path.startsWith('/auth/')) {
    if (await refresh()) return rawFetch(path, init, false);
    expire();
  }
  return res;
}

export async function api<T>(path: string, init: RequestInit = {}): Promise<T> {
  const res = await rawFetch(path, init);
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  const body = text ? JSON.parse(text) : undefined;
  if (!res.ok) throw (body ?? { statusCode: res.status, code: 'HTTP_' + res.status, message: res.statusText }) as ApiError;
  return body as T;
}

export const get = <T>(path: string) => api<T>(path);
export const post = <T>(path: string, body: unknown = {}) => api<T>(path, { method: 'POST', body: JSON.stringify(body) });
export const put = <T>(path: string, body: unknown) => api<T>(path, { method: 'PUT', body: JSON.stringify(body) });
export const patch = <T>(path: string, body: unknown) => api<T>(path, { method: 'PATCH', body: JSON.stringify(body) });

/** `?a=1&b=x` from the defined, non-empty values. */
export function qs(params: object): string {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') s.set(k, String(v));
  const str = s.toString();
  return str ? `?${str}` : '';
}

const CODE_TEXT: Record<string, string> = {
  INVALID_TRANSITION: '当前状态下不能执行此操作，请刷新页面后重试',
  VERSION_CONFLICT: '该记录已被他人修改，请刷新页面后重试',
  NOT_FOUND: '未找到，或您无权查看',
  FORBIDDEN: '您无权执行此操作',
  VALIDATION_FAILED: '填写内容有误',
  PAYLOAD_TOO_LARGE: '文件过大（单个不超过 20MB）',
  TOO_MANY_REQUESTS: '操作过于频繁，请稍后再试',
  UNSUPPORTED_MEDIA_TYPE: '不支持的文件类型',
  CONFLICT: '与已有记录冲突',
  SERVICE_UNAVAILABLE: '服务暂时不可用，请稍后再试',
};

/** A readable (Chinese first) message of any error the API (or the network) throws. */
export function errorText(e: unknown): string {
  const err = e as Partial<ApiError> | undefined;
  const raw = err?.message ? (Array.isArray(err.message) ? err.message.join('；') : err.message) : e instanceof Error ? e.message : '';
  const zh = err?.code ? CODE_TEXT[err.code] : undefined;
  if (zh && raw && /[\u4e00-\u9fa5]/.test(raw)) return raw;
  if (zh) return raw ? `${zh}（${raw}）` : zh;
  return raw || '操作失败，请稍后重试';
}

/** Downloads an authenticated file (attachments, documents, exports) through a blob URL. */
export async function download(path: string, fallbackName: string): Promise<void> {
  const res = await rawFetch(path);
  if (!res.ok) throw { statusCode: res.status, code: 'DOWNLOAD_FAILED', message: res.status === 404 ? '文件不存在或尚未生成' : `下载失败（${res.status}）` } as ApiError;
  const blob = await res.blob();
  const cd = res.headers.get('content-disposition') ?? '';
  const m = /filename\*=UTF-8''([^;]+)/i.exec(cd) ?? /filename="?([^";]+)"?/i.exec(cd);
  const name = m ? decodeURIComponent(m[1]) : fallbackName;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** True when a GET of the path would succeed (HEAD), e.g. a document another part may not serve yet. */
export async function exists(path: string): Promise<boolean> {
  try {
    const res = await rawFetch(path, { method: 'HEAD' });
    return res.ok;
  } catch {
    return false;
  }
}
