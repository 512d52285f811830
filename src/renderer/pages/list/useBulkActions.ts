import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NumberSummary } from '#shared/numbers.ts';
import { call } from '../../api/client.ts';
import type { Notify } from '../../app/notices.ts';
import { errorMessage } from '../../forms/errors.ts';
import { translate, useLocale } from '../../i18n/setup.ts';
import type { BulkAction } from './BulkBar.tsx';
import { downloadText, selectionCsv } from './csv.ts';

interface BulkOptions {
  selectedItems: NumberSummary[];
  headers: string[];
  notify: Notify;
  onDone: () => void;
}

/** Runs a bulk action on the selection through the core (one transaction each) and says what happened. */
export function useBulkActions({ selectedItems, headers, notify, onDone }: BulkOptions) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async (action: BulkAction) => {
    const ids = selectedItems.map((item) => item.id);
    if (ids.length === 0) return;
    if (action.type === 'export') {
      const words = (key: string) => translate(key as never) as string;
      downloadText('keepline-numbers.csv', selectionCsv(selectedItems, headers, locale, words), 'text/csv;charset=utf-8');
      notify(t('listing.bulk.exported', { count: ids.length }));
      return;
    }
    setBusy(true);
    setError(null);
    const answer =
      action.type === 'tag'
        ? await call('numbers.bulkTag', { ids, tag: action.tag })
        : action.type === 'untag'
          ? await call('numbers.bulkUntag', { ids, tag: action.tag })
          : action.type === 'archive'
            ? await call('numbers.bulkArchive', { ids, archived: action.archived })
            : await call('events.recordMany', { numberIds: ids, activityType: action.activityType });
    setBusy(false);
    if (!answer.ok) {
      setError(errorMessage(answer.error, locale));
      return;
    }
    const count = action.type === 'activity' ? ids.length : answer.value.changed;
    if (action.type === 'tag') notify(t('listing.bulk.tagged', { count, tag: action.tag }));
    else if (action.type === 'untag') notify(t('listing.bulk.untagged', { count, tag: action.tag }));
    else if (action.type === 'archive') notify(t(action.archived ? 'listing.bulk.archived' : 'listing.bulk.unarchived', { count }));
    else notify(t('listing.bulk.recorded', { count }));
    onDone();
  };

  return { busy, error, run };
}
