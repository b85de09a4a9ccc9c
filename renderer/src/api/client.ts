// The renderer's one door to Briefbook's backend.
// - In Electron the preload exposes `window.briefbook`: one function per method, plus `on`.
// - In the browser host: POST /rpc/<method> with a bearer token; events over /events (SSE).
// Nothing here throws: every failure comes back as {ok: false, error}.
import type { EventPayloads, Input, Output } from '../../../electron/shared/contract.ts';
import type { ApiError, Result } from '../../../electron/shared/errors.ts';
import type { EventName, MethodName } from '../../../electron/shared/methods.ts';

export type { ApiError, EventName, EventPayloads, Input, MethodName, Output, Result };

export type CallFn = <M extends MethodName>(method: M, input: Input<M>) => Promise<Result<Output<M>>>;
export type OnFn = <E extends EventName>(event: E, cb: (payload: EventPayloads[E]) => void) => () => void;

/** What the store needs from a client; tests inject a fake. */
export type ApiClient = { call: CallFn; on: OnFn };

type Bridge = {
  [M in MethodName]: (input: Input<M>) => Promise<Result<Output<M>>>;
} & {
  on: <E extends EventName>(event: E, cb: (payload: EventPayloads[E]) => void) => () => void;
};

declare global {
  interface Window {
    briefbook?: Bridge;
  }
}

export const NOT_RESPONDING: ApiError = {
  code: 'INTERNAL',
  message: 'Briefbook’s background service is not responding. Check that Briefbook is still running, then try again.',
};

const TOKEN_KEY = 'briefbook.token';

/** Reads `?token=` from the address bar once, keeps it in sessionStorage and removes it from the URL. */
function takeToken(): string | null {
  try {
    const url = new URL(window.location.href);
    const fromUrl = url.searchParams.get('token');
    if (fromUrl) {
      sessionStorage.setItem(TOKEN_KEY, fromUrl);
      url.searchParams.delete('token');
      const rest = url.searchParams.toString();
      window.history.replaceState(window.history.state, '', `${url.pathname}${rest ? `?${rest}` : ''}${url.hash}`);
      return fromUrl;
    }
    return sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

function isResult(x: unknown): x is Result<unknown> {
  if (typeof x !== 'object' || x === null || !('ok' in x)) return false;
  const r = x as { ok: unknown; error?: unknown };
  if (r.ok === true) return 'value' in r;
  if (r.ok === false) {
    const e = r.error as { code?: unknown; message?: unknown } | undefined;
    return typeof e === 'object' && e !== null && typeof e.code === 'string' && typeof e.message === 'string';
  }
  return false;
}

function electronClient(bridge: Bridge): ApiClient {
  const call: CallFn = async (method, input) => {
    try {
      const fn = bridge[method] as unknown as ((i: unknown) => Promise<unknown>) | undefined;
      if (typeof fn !== 'function') {
        return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `This version of Briefbook does not know “${method}”.` } };
      }
      const res = await fn(input);
      return isResult(res) ? (res as Result<never>) : { ok: false, error: NOT_RESPONDING };
    } catch {
      return { ok: false, error: NOT_RESPONDING };
    }
  };
  const on: OnFn = (event, cb) => {
    try {
      const off = bridge.on(event, cb);
      return typeof off === 'function' ? off : () => {};
    } catch {
      return () => {};
    }
  };
  return { call, on };
}

function browserClient(): ApiClient {
  const token = takeToken();
  const call: CallFn = async (method, input) => {
    let response: Response;
    try {
      response = await fetch(`/rpc/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      return { ok: false, error: NOT_RESPONDING };
    }
    try {
      const body: unknown = await response.json();
      if (isResult(body)) return body as Result<never>;
    } catch {
      // fall through
    }
    if (response.status === 401 || response.status === 403) {
      return {
        ok: false,
        error: {
          code: 'UNAUTHORIZED',
          message: 'This page is not signed in to Briefbook. Open the address Briefbook printed when it started.',
        },
      };
    }
    return { ok: false, error: NOT_RESPONDING };
  };

  type Listener = (payload: unknown) => void;
  const listeners = new Map<string, Set<Listener>>();
  let source: EventSource | null = null;
  const ensureSource = () => {
    if (source || typeof EventSource === 'undefined') return;
    try {
      source = new EventSource(`/events${token ? `?token=${encodeURIComponent(token)}` : ''}`);
      source.onmessage = (msg: MessageEvent) => {
        try {
          const data = JSON.parse(String(msg.data)) as { event?: string; payload?: unknown };
          if (!data || typeof data.event !== 'string') return;
          for (const cb of listeners.get(data.event) ?? []) {
            try {
              cb(data.payload);
            } catch (err) {
              console.error('Briefbook event handler failed', err);
            }
          }
        } catch {
          // ignore malformed messages
        }
      };
    } catch {
      source = null;
    }
  };
  const on: OnFn = (event, cb) => {
    let set = listeners.get(event);
    if (!set) {
      set = new Set();
      listeners.set(event, set);
    }
    const listener = cb as Listener;
    set.add(listener);
    ensureSource();
    return () => {
      set.delete(listener);
    };
  };
  return { call, on };
}

let singleton: ApiClient | null = null;

/** The client for this window (Electron bridge when present, otherwise the browser host). */
export function getClient(): ApiClient {
  if (!singleton) {
    singleton = typeof window !== 'undefined' && window.briefbook ? electronClient(window.briefbook) : browserClient();
  }
  return singleton;
}

export const call: CallFn = (method, input) => getClient().call(method, input);
export const on: OnFn = (event, cb) => getClient().on(event, cb);

/** True when running inside the Electron shell. */
export function isElectron(): boolean {
  return typeof window !== 'undefined' && Boolean(window.briefbook);
}

/**
 * A URL the browser can fetch without our Authorization header (an <a download> link):
 * the browser host accepts the token as a query parameter. Electron and absolute URLs pass through.
 */
export function authorizedUrl(url: string): string {
  if (typeof window === 'undefined' || window.briefbook || /^[a-z][a-z0-9+.-]*:/i.test(url)) return url;
  let token: string | null = null;
  try {
    token = sessionStorage.getItem(TOKEN_KEY);
  } catch {
    token = null;
  }
  if (!token || /[?&]token=/.test(url)) return url;
  return `${url}${url.includes('?') ? '&' : '?'}token=${encodeURIComponent(token)}`;
}
