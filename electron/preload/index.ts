// Runs sandboxed in the app window: a single CommonJS file that may load only `electron`, so it imports
// nothing but the zod-free method list. It exposes one function per contract method and nothing else.
import { contextBridge, ipcRenderer } from 'electron';
import type { CallOptions, KeeplineApi } from '../../src/shared/contract.ts';
import { IPC_CHANNEL, METHOD_NAMES, OPEN_CHANNEL, type MethodName } from '../../src/shared/methods.ts';

// Only the method name, the input and the UI's language (a string) cross: never the event, never ipcRenderer.
const invoker = (name: MethodName) => (input: unknown, options?: CallOptions) => {
  const locale = typeof options?.locale === 'string' ? options.locale : undefined;
  return ipcRenderer.invoke(IPC_CHANNEL, name, input, locale);
};

// Generated from the list, so every method is there by construction (contract.ts checks the list
// against the schemas); `satisfies` checks the result against the typed client the renderer expects.
const keepline = Object.fromEntries(METHOD_NAMES.map((name) => [name, invoker(name)])) as Record<
  MethodName,
  ReturnType<typeof invoker>
>;

contextBridge.exposeInMainWorld('keepline', keepline satisfies KeeplineApi);

// The one message main sends the page (after a notification or tray click): a number id, `record:<id>`
// (open its record form too), or 'inbox'. Only checked plain values reach the callback; the listener can be
// removed with the returned function.
const keeplineShell = {
  onOpenNumber(callback: (target: number | 'inbox' | `record:${number}`) => void): () => void {
    const listener = (_event: unknown, target: unknown) => {
      if (target === 'inbox' || (typeof target === 'number' && Number.isSafeInteger(target) && target > 0)) callback(target);
      else if (typeof target === 'string' && /^record:[1-9]\d{0,15}$/.test(target)) callback(target as `record:${number}`);
    };
    ipcRenderer.on(OPEN_CHANNEL, listener);
    return () => {
      ipcRenderer.removeListener(OPEN_CHANNEL, listener);
    };
  },
};
contextBridge.exposeInMainWorld('keeplineShell', keeplineShell);
