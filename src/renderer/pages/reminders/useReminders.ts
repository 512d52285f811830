import { useCallback, useEffect, useState } from 'react';
import type { ReminderView, SnoozePreset } from '#shared/reminders.ts';
import { call } from '../../api/client.ts';
import { useNotify } from '../../app/notices.ts';
import { errorMessage } from '../../forms/errors.ts';
import { useLocale } from '../../i18n/setup.ts';

/** Loads reminders with `load`, and snoozes or dismisses one, then loads again. */
export function useReminders(load: () => Promise<ReminderView[] | null>, reloadKey: unknown) {
  const [items, setItems] = useState<ReminderView[]>([]);
  const [busy, setBusy] = useState(false);
  const notify = useNotify();
  const locale = useLocale();
  const reload = useCallback(async () => {
    const loaded = await load();
    if (loaded) setItems(loaded);
  }, [load]);
  useEffect(() => {
    void reload();
  }, [reload, reloadKey]);
  const act = useCallback(
    async (request: () => ReturnType<typeof call<'reminders.dismiss'>>) => {
      setBusy(true);
      const answer = await request();
      setBusy(false);
      if (!answer.ok) notify(errorMessage(answer.error, locale), 'error');
      await reload();
    },
    [reload, notify, locale],
  );
  return {
    items,
    busy,
    reload,
    snooze: (id: number, preset: SnoozePreset, until?: string) => act(() => call('reminders.snooze', { id, preset, until: until ?? null })),
    dismiss: (id: number) => act(() => call('reminders.dismiss', { id })),
  };
}
