/**
 * The console's only way to the server: same-origin fetch with the session cookie, the CSRF
 * token on every state-changing request, and errors turned into messages a person can read.
 */
export class ApiError extends Error {
  constructor(message: string, readonly status: number, readonly body?: unknown) {
    super(message);
  }
}

let csrfToken: string | null = sessionStorage.getItem('atalaya.csrf');

export function setCsrf(token: string | null): void {
  csrfToken = token;
  if (token) sessionStorage.setItem('atalaya.csrf', token);
  else sessionStorage.removeItem('atalaya.csrf');
}

export async function api<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const init: RequestInit = { method, headers, credentials: 'same-origin' };
  if (body instanceof FormData) {
    init.body = body;
  } else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const res = await fetch(path, init);
  const text = await res.text();
  let data: unknown = undefined;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    data = text;
  }
  if (!res.ok) {
    const d = data as { message?: string; error?: string } | undefined;
    throw new ApiError(d?.message ?? d?.error ?? `${res.status} ${res.statusText}`, res.status, data);
  }
  return data as T;
}

export const get = <T,>(path: string) => api<T>('GET', path);
export const post = <T,>(path: string, body?: unknown) => api<T>('POST', path, body ?? {});
