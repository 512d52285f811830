// The one way the renderer reaches the core: Electron's preload bridge when present, else HTTP to the
// dev/test server. Either way the answer is an envelope, never a thrown error.
import type { CallOptions, InputRaw, KeeplineApi, Output } from '#shared/contract.ts';
import type { Envelope } from '#shared/errors.ts';
import type { MethodName } from '#shared/methods.ts';
import { currentLocale, translate } from '../i18n/setup.ts';
import { announceRemindersChanged, changesReminders } from './reminders-changed.ts';

declare global {
  interface Window {
    keepline?: KeeplineApi;
  }
}

const TOKEN_KEY = 'keepline.token';

/** The per-start token comes in the URL fragment; it is kept for reloads and taken out of the address bar. */
function readToken(): string {
  const match = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (match?.[1]) {
    const token = decodeURIComponent(match[1]);
    sessionStorage.setItem(TOKEN_KEY, token);
    history.replaceState(history.state, '', location.pathname + location.search);
    return token;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

let token: string | null = null;

function networkFailure<T>(detail: string): Envelope<T> {
  return { ok: false, error: { code: 'internal', message: translate('errors.network', { detail }) } };
}

async function overHttp<M extends MethodName>(method: M, input: InputRaw<M>): Promise<Envelope<Output<M>>> {
  token ??= readToken();
  let response: Response;
  try {
    response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/json',
        'Accept-Language': currentLocale(),
      },
      body: JSON.stringify(input),
    });
  } catch (error) {
    return networkFailure(error instanceof Error ? error.message : String(error));
  }
  try {
    const envelope = (await response.json()) as Envelope<Output<M>>;
    if (typeof envelope === 'object' && envelope !== null && 'ok' in envelope) return envelope;
  } catch {
    // Not JSON: fall through to a readable failure.
  }
  return networkFailure(`HTTP ${response.status}`);
}

export async function call<M extends MethodName>(method: M, input: InputRaw<M>): Promise<Envelope<Output<M>>> {
  const answer = await send(method, input);
  if (answer.ok && changesReminders(method)) announceRemindersChanged();
  return answer;
}

async function send<M extends MethodName>(method: M, input: InputRaw<M>): Promise<Envelope<Output<M>>> {
  const bridge = window.keepline;
  if (bridge) {
    try {
      const fn = bridge[method] as (input: InputRaw<M>, options: CallOptions) => Promise<Envelope<Output<M>>>;
      return await fn(input, { locale: currentLocale() });
    } catch (error) {
      return networkFailure(error instanceof Error ? error.message : String(error));
    }
  }
  return overHttp(method, input);
}
