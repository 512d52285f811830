// The user's settings as the window needs them: one store that the header's language switch and the
// settings page both read and write, so they always agree. Theme and language apply without a restart.
import { useSyncExternalStore } from 'react';
import { pickLocale, type Locale } from '#shared/locale.ts';
import type { Settings } from '#shared/settings.ts';
import type { ApiError } from '#shared/errors.ts';
import { call } from '../api/client.ts';
import { setLocale } from '../i18n/setup.ts';

let current: Settings | null = null;
/** As the core last answered: `current` without a change still on its way. */
let saved: Settings | null = null;
const listeners = new Set<() => void>();

function publish(next: Settings, confirmed = true): void {
  current = next;
  if (confirmed) saved = next;
  applyTheme(next.theme);
  for (const listener of listeners) listener();
}

/** `system` follows prefers-color-scheme; `light` and `dark` pin it (see base.css). */
export function applyTheme(theme: Settings['theme']): void {
  document.documentElement.dataset.theme = theme;
}

function localeFor(language: Settings['language']): Locale {
  return language === 'system' ? pickLocale(navigator.language) : language;
}

/** Reads the settings at start: the theme, and the language unless the user never chose one. */
export async function loadPreferences(): Promise<void> {
  const answer = await call('settings.get', {});
  if (!answer.ok) return;
  publish(answer.value.settings);
  await setLocale(localeFor(answer.value.settings.language));
}

/** Saves a change; the UI follows at once when it is the language or the theme. */
export async function updatePreferences(patch: Partial<Settings>): Promise<{ ok: true } | { ok: false; error: ApiError }> {
  // Shown at once (a radio button must not wait for the disk); put back if the core refuses it.
  const before = current;
  if (before) publish({ ...before, ...patch }, false);
  const answer = await call('settings.update', patch);
  if (!answer.ok) {
    if (before) publish(before, false);
    return { ok: false, error: answer.error };
  }
  publish(answer.value);
  if (patch.language !== undefined) await setLocale(localeFor(answer.value.language));
  return { ok: true };
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The settings last read or saved; null until the first read answers. */
export function usePreferences(): Settings | null {
  return useSyncExternalStore(subscribe, () => current);
}

/**
 * The settings as the core last saved them, never a change still being saved: for what must be read back
 * from the core once a setting is in place (the backups listed in a newly chosen folder).
 */
export function useSavedPreferences(): Settings | null {
  return useSyncExternalStore(subscribe, () => saved);
}
