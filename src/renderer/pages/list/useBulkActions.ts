import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InputRaw, Output } from '#shared/contract.ts';
import type { NumberSummary } from '#shared/numbers.ts';
import { call } from '../../api/client.ts';
import { useJob } from '../../api/useJob.ts';
import type { Notify } from '../../app/notices.ts';
import { errorMessage } from '../../forms/errors.ts';
import { translate, useLocale } from '../../i18n/setup.ts';
import type { BulkAction } from './BulkBar.tsx';
import { downloadText, selectionCsv } from './csv.ts';
import { loadedRows, type ListRows } from './useNumbers.ts';

interface BulkOptions {
  selected: ReadonlySet<number>;
  rows: ListRows;
  /** The list's filter and sort: the selected rows not loaded yet are read with it, in the list's order. */
  query: InputRaw<'numbers.list'>;
  headers: string[];
  notify: Notify;
  onDone: () => void;
}

/** What "Apply carrier rules" would do to the selection, asked before it runs. */
export type CarrierRulesQuestion = Output<'numbers.carrierRulesCheck'> & { ids: number[] };

/**
 * Runs a bulk action on the selection as a job of the core (one transaction each, off its main thread: an
 * agency's whole list takes seconds), with its progress and a cancel that changes nothing, and says what
 * happened.
 */
export function useBulkActions({ selected, rows, query, headers, notify, onDone }: BulkOptions) {
  const { t } = useTranslation();
  const locale = useLocale();
  const job = useJob();
  const [error, setError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const [question, setQuestion] = useState<CarrierRulesQuestion | null>(null);

  /** The selected numbers in the list's order: from the loaded pages, or the whole list when some are not loaded. */
  const selectedItems = async (): Promise<NumberSummary[] | null> => {
    const loaded = loadedRows(rows).filter((item) => selected.has(item.id));
    if (loaded.length === selected.size) return loaded;
    const answer = await call('numbers.list', query);
    if (!answer.ok) {
      setError(errorMessage(answer.error, locale));
      return null;
    }
    return answer.value.items.filter((item) => selected.has(item.id));
  };

  /** Counts which selected numbers have a carrier Keepline knows, and asks before filling their rules. */
  const askCarrierRules = async (ids: number[]) => {
    setError(null);
    setChecking(true);
    const answer = await call('numbers.carrierRulesCheck', { ids });
    setChecking(false);
    if (!answer.ok) {
      setError(errorMessage(answer.error, locale));
      return;
    }
    const { matched, toFill } = answer.value;
    if (matched === 0) notify(t('listing.bulk.carrierRulesNoneKnown', { count: ids.length }));
    else if (toFill === 0) notify(t('listing.bulk.carrierRulesNothing', { count: matched }));
    else setQuestion({ ...answer.value, ids });
  };

  /** After the question: one transaction in a job, with the progress and cancel of every bulk action. */
  const applyCarrierRules = async () => {
    if (!question) return;
    const { ids } = question;
    setQuestion(null);
    setError(null);
    const answer = await job.run('numbers.bulkCarrierRules', { ids });
    if (!answer.ok) {
      setError(errorMessage(answer.error, locale));
      return;
    }
    notify(t('listing.bulk.carrierRulesApplied', { count: answer.value.changed }));
    onDone();
  };

  const run = async (action: BulkAction) => {
    const ids = [...selected];
    if (ids.length === 0) return;
    if (action.type === 'carrierRules') {
      await askCarrierRules(ids);
      return;
    }
    if (action.type === 'export') {
      setError(null);
      const items = await selectedItems();
      if (!items) return;
      const words = (key: string) => translate(key as never) as string;
      downloadText(`keepline-numbers-selected-${new Date().toISOString().slice(0, 10)}.csv`, selectionCsv(items, headers, locale, words), 'text/csv;charset=utf-8');
      notify(t('listing.bulk.exported', { count: items.length }));
      return;
    }
    setError(null);
    if (action.type === 'archive') {
      const archived = await job.run('numbers.bulkArchive', { ids, archived: action.archived });
      if (!archived.ok) setError(errorMessage(archived.error, locale));
      else {
        notifyArchived(archived.value.changedIds, action.archived);
        onDone();
      }
      return;
    }
    const answer =
      action.type === 'tag'
        ? await job.run('numbers.bulkTag', { ids, tag: action.tag })
        : action.type === 'untag'
          ? await job.run('numbers.bulkUntag', { ids, tag: action.tag })
          : await job.run('events.recordMany', { numberIds: ids, activityType: action.activityType });
    if (!answer.ok) {
      setError(errorMessage(answer.error, locale));
      return;
    }
    const count = action.type === 'activity' ? ids.length : answer.value.changed;
    if (action.type === 'tag') notify(t('listing.bulk.tagged', { count, tag: action.tag }));
    else if (action.type === 'untag') notify(t('listing.bulk.untagged', { count, tag: action.tag }));
    else notify(t('listing.bulk.recorded', { count }));
    onDone();
  };

  /** "12 numbers archived." with Undo, which changes back exactly the numbers it changed (not those already so). */
  const notifyArchived = (changedIds: number[], archived: boolean) => {
    const text = t(archived ? 'listing.bulk.archived' : 'listing.bulk.unarchived', { count: changedIds.length });
    if (changedIds.length === 0) {
      notify(text);
      return;
    }
    notify(text, 'success', {
      label: t('notices.undo'),
      run: async () => {
        setError(null);
        const undone = await job.run('numbers.bulkArchive', { ids: changedIds, archived: !archived });
        if (!undone.ok) {
          notify(errorMessage(undone.error, locale), 'error');
          return;
        }
        notify(t(archived ? 'listing.bulk.archiveUndone' : 'listing.bulk.unarchiveUndone', { count: undone.value.changed }));
        onDone();
      },
    });
  };

  return {
    busy: job.running || checking,
    progress: job.progress,
    cancel: job.cancel,
    error,
    run,
    question,
    applyCarrierRules,
    dismissQuestion: () => setQuestion(null),
  };
}
