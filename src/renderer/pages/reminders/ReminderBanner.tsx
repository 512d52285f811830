import { ChevronDown, ChevronUp } from 'lucide-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReminderView } from '#shared/reminders.ts';
import { call } from '../../api/client.ts';
import { useNavigation } from '../../app/navigation.ts';
import { useLocale } from '../../i18n/setup.ts';
import '../../styles/reminders.css';
import { onRemindersChanged } from '../../api/reminders-changed.ts';
import { readFold, staysFolded, writeFold } from './bannerFold.ts';

const POLL_MS = 60_000;
/** The most urgent listed; the rest are counted, and the inbox lists them. */
const LISTED = 3;

declare global {
  interface Window {
    keeplineShell?: { onOpenNumber(callback: (target: number | 'inbox' | `record:${number}`) => void): () => void };
  }
}

/**
 * Reminders that fired and still wait for the user, shown in the window. In the desktop app the shell
 * scans and notifies; where there is no shell (the browser) or no notification service, this banner is
 * how reminders reach the user, so without a shell it runs the due-scan itself.
 */
export function ReminderBanner() {
  const { t } = useTranslation();
  const { go } = useNavigation();
  const locale = useLocale();
  const [waiting, setWaiting] = useState<ReminderView[]>([]);
  // All that wait, not only those listed: an import of lapsed numbers can leave thousands.
  const [count, setCount] = useState(0);
  const latest = useRef(0);
  // The newest reminder shown (its instant), which a fold remembers: one shown after it unfolds the banner.
  const newest = useRef<string | null>(null);
  const [folded, setFolded] = useState(() => readFold() !== null);

  // The texts come from the core in the language asked for: asked again at once when the language changes.
  const refresh = useCallback(async () => {
    const asked = ++latest.current;
    if (!window.keepline) await call('reminders.scan', {});
    const [answer, shown] = await Promise.all([call('reminders.waiting', { limit: LISTED }), call('reminders.inbox', { limit: 1 })]);
    // A change announced meanwhile asked again: this answer may predate it.
    if (asked !== latest.current || !answer.ok) return;
    setWaiting(answer.value.items);
    setCount(answer.value.unacknowledged);
    if (shown.ok) newest.current = shown.value.items[0]?.shownAt ?? null;
    const keep = staysFolded(readFold(), newest.current);
    if (!keep) writeFold(null);
    setFolded(keep);
  }, [locale]);

  const toggleFold = () => {
    writeFold(folded ? null : (newest.current ?? ''));
    setFolded(!folded);
  };

  useEffect(() => {
    void refresh();
    const timer = window.setInterval(() => void refresh(), POLL_MS);
    const offChanged = onRemindersChanged(() => void refresh());
    const off = window.keeplineShell?.onOpenNumber((target) => {
      if (target === 'inbox') go({ name: 'inbox' });
      else if (typeof target === 'string') go({ name: 'detail', id: Number(target.slice('record:'.length)), record: true });
      else go({ name: 'detail', id: target });
      void refresh();
    });
    return () => {
      window.clearInterval(timer);
      offChanged();
      off?.();
    };
  }, [refresh, go]);

  if (count === 0) return null;
  return (
    <section className={folded ? 'reminder-banner folded' : 'reminder-banner'} role="status" aria-label={t('reminders.nav')}>
      <div className="reminder-banner-head">
        <strong>{t('reminders.bannerTitle', { count })}</strong>
        {folded && (
          <button type="button" className="secondary small" onClick={() => go({ name: 'inbox' })}>
            {t('reminders.bannerMore')}
          </button>
        )}
        {/* The same button folds and unfolds, so focus stays on it. */}
        <button type="button" className="link banner-fold" aria-expanded={!folded} aria-controls="reminder-banner-body" onClick={toggleFold}>
          {folded ? <ChevronDown aria-hidden="true" size={16} /> : <ChevronUp aria-hidden="true" size={16} />}
          {folded ? t('reminders.bannerUnfold') : t('reminders.bannerFold')}
        </button>
      </div>
      <div id="reminder-banner-body" hidden={folded}>
        <ul>
          {waiting.map((reminder) => (
            <li key={reminder.id}>
              <button type="button" className="link" onClick={() => go({ name: 'detail', id: reminder.numberId })}>
                {reminder.title}
              </button>
              <span> — {reminder.body}</span>
            </li>
          ))}
          {count > waiting.length && (
            <li>
              <button type="button" className="link" onClick={() => go({ name: 'inbox' })}>
                {t('reminders.bannerAndMore', { count: count - waiting.length })}
              </button>
            </li>
          )}
        </ul>
        <button type="button" className="secondary small" onClick={() => go({ name: 'inbox' })}>
          {t('reminders.bannerMore')}
        </button>
      </div>
    </section>
  );
}
