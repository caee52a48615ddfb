/**
 * The v1 API client. The access token lives in memory only; the refresh token is an httpOnly cookie
 * the server sets at login (scoped to /api/v1/auth, so no script reads it and no other request
 * carries it). A new tab or a link from an email starts without an access token and gets one by
 * spending the cookie (`resumeSession`); a 401 refreshes once and retries.
 */
export interface ApiError {
  statusCode: number;
  code: string;
  message: string | string[];
  details?: unknown;
}

let accessToken: string | null = null;
export const SESSION_EXPIRED = 'sifa:session-expired';

export function setAccessToken(token: string | null): void {
  accessToken = token;
}

export function hasAccessToken(): boolean {
  return accessToken !== null;
}

let refreshing: Promise<boolean> | null = null;

/** Spends the refresh cookie once for all requests that need a new access token at the same moment. */
export function refreshSession(): Promise<boolean> {
  refreshing ??= fetch('/api/v1/auth/refresh', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}', credentials: 'same-origin' })
    .then(async (res) => {
      if (!res.ok) return false;
      setAccessToken(((await res.json()) as { accessToken: string }).accessToken);
      return true;
    })
    .catch(() => false)
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

function expire(): void {
  setAccessToken(null);
  window.dispatchEvent(new Event(SESSION_EXPIRED));
}

/** fetch() under /api/v1 with the bearer token; on 401 refreshes once and retries. */
export async function rawFetch(path: string, init: RequestInit = {}, retry = true): Promise<Response> {
  const token = accessToken;
  const headers = new Headers(init.headers);
  if (typeof init.body === 'string' && !headers.has('content-type')) headers.set('content-type', 'application/json');
  if (token) headers.set('authorization', `Bearer ${token}`);
  const res = await fetch(`/api/v1${path}`, { ...init, headers });
  if (res.status === 401 && token && retry && path !== '/auth/login' && path !== '/auth/refresh') {
    if (await refreshSession()) return rawFetch(path, init, false);
    expire();
  }
  return res;
}

/** POSTs one file (multipart `file`) with upload progress (0–100); the answer as JSON, or throws the API error. */
export function uploadWithProgress<T>(path: string, file: File, onProgress: (percent: number) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/v1${path}`);
    if (accessToken) xhr.setRequestHeader('authorization', `Bearer ${accessToken}`);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100));
    xhr.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as T);
      else
        reject(
          ((body as ApiError | undefined)?.code
            ? body
            : { statusCode: xhr.status, code: `HTTP_${xhr.status}`, message: STATUS_TEXT[xhr.status] ?? '' }) as ApiError,
        );
    };
    xhr.onerror = () => reject({ statusCode: 0, code: 'NETWORK', message: '网络连接失败，请重试' } as ApiError);
    const form = new FormData();
    form.append('file', file);
    xhr.send(form);
  });
}

export async function api<T>(path: string, init: RequestInit = {}): Promise<T> {
  const res = await rawFetch(path, init);
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // Not JSON (a proxy's error page): the status says what happened.
    body = undefined;
  }
  if (!res.ok)
    throw (
      (body as ApiError | undefined)?.code ? body : { statusCode: res.status, code: `HTTP_${res.status}`, message: STATUS_TEXT[res.status] ?? '' }
    ) as ApiError;
  return body as T;
}

export const get = <T>(path: string) => api<T>(path);
export const post = <T>(path: string, body: unknown = {}) => api<T>(path, { method: 'POST', body: JSON.stringify(body) });
export const put = <T>(path: string, body: unknown) => api<T>(path, { method: 'PUT', body: JSON.stringify(body) });
export const patch = <T>(path: string, body: unknown) => api<T>(path, { method: 'PATCH', body: JSON.stringify(body) });
export const del = <T>(path: string) => api<T>(path, { method: 'DELETE' });

/** `?a=1&b=x` from the defined, non-empty values. */
export function qs(params: object): string {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') s.set(k, String(v));
  const str = s.toString();
  return str ? `?${str}` : '';
}

/** Chinese for an answer that did not come from the API (a proxy, the network) or an older server. */
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

const STATUS_TEXT: Record<number, string> = {
  400: '请求有误',
  401: '登录已失效，请重新登录',
  403: '您无权执行此操作',
  404: '未找到，或您无权查看',
  409: '操作冲突，请刷新页面后重试',
  413: '文件过大（单个不超过 20MB）',
  429: '操作过于频繁，请稍后再试',
  500: '系统内部错误，请稍后再试',
  502: '服务暂时不可用，请稍后再试',
  503: '服务暂时不可用，请稍后再试',
  504: '服务响应超时，请稍后再试',
};

const CJK = /[\u3400-\u9fff]/;

/**
 * What a person reads for any error the API (or the network) throws: the server's Chinese
 * `message`, never its English `code`, never an English text (a network failure, a proxy page).
 */
export function errorText(e: unknown): string {
  const err = e as Partial<ApiError> | undefined;
  const raw = err?.message ? (Array.isArray(err.message) ? err.message.join('；') : String(err.message)) : '';
  if (raw && CJK.test(raw)) return raw;
  if (e instanceof TypeError) return '网络连接失败，请检查网络后重试';
  return (err?.code && CODE_TEXT[err.code]) || (err?.statusCode && STATUS_TEXT[err.statusCode]) || '操作失败，请稍后重试';
}

/** Downloads an authenticated file (attachments, documents, exports) through a blob URL. */
export async function download(path: string, fallbackName: string): Promise<void> {
  const res = await rawFetch(path);
  if (!res.ok) {
    const body = (await res.json().catch(() => undefined)) as ApiError | undefined;
    throw {
      statusCode: res.status,
      code: body?.code ?? 'DOWNLOAD_FAILED',
      message: body?.message ?? (res.status === 404 ? '文件不存在或尚未生成' : `下载失败（${res.status}）`),
    } as ApiError;
  }
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
