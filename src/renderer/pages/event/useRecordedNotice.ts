import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventView } from '#shared/events.ts';
import { call } from '../../api/client.ts';
import { useNotify } from '../../app/notices.ts';
import { errorMessage } from '../../forms/errors.ts';
import { useLocale } from '../../i18n/setup.ts';

/**
 * "Renewal recorded." with Undo, which takes back that event, and only while it is still the number's event
 * recorded last (the core refuses otherwise and the notice says why); `reload` then shows the number as it was.
 */
export function useRecordedNotice(): (event: EventView, reload: () => void) => void {
  const { t } = useTranslation();
  const locale = useLocale();
  const notify = useNotify();
  return useCallback(
    (event, reload) => {
      const what = t(`event.kinds.${event.kind}`);
      notify(t('event.recorded', { what }), 'success', {
        label: t('notices.undo'),
        run: async () => {
          const answer = await call('events.undoLast', { numberId: event.numberId, eventId: event.id });
          if (!answer.ok) {
            notify(errorMessage(answer.error, locale), 'error');
            return;
          }
          notify(t('history.undone', { what }));
          reload();
        },
      });
    },
    [t, locale, notify],
  );
}
