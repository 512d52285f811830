import { TriangleExclamationPoint } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '#shared/contract.ts';
import { call } from '../../api/client.ts';
import { useNavigation } from '../../app/navigation.ts';
import { useLocale } from '../../i18n/setup.ts';
import '../../styles/data.css';
import { backupFailureText } from './backupTexts.ts';

const POLL_MS = 5 * 60_000;

type Failure = NonNullable<Output<'backups.list'>['lastFailure']>;

/**
 * The last failed backup, on every page but settings (whose backups card shows it): the daily backup runs
 * unseen, and when it fails because the file is damaged, nobody should have to open settings to learn it.
 */
export function BackupAlert({ onSettings }: { onSettings: boolean }) {
  const { t } = useTranslation();
  const { go } = useNavigation();
  const locale = useLocale();
  const [failure, setFailure] = useState<Failure | null>(null);

  useEffect(() => {
    const refresh = async () => {
      const answer = await call('backups.list', {});
      if (answer.ok) setFailure(answer.value.lastFailure);
    };
    void refresh();
    const timer = window.setInterval(() => void refresh(), POLL_MS);
    return () => window.clearInterval(timer);
    // Read again when settings are left: a backup taken or restored there may have cleared it.
  }, [locale, onSettings]);

  if (failure === null || onSettings) return null;
  return (
    <section className="backup-alert form-error" role="alert">
      <TriangleExclamationPoint aria-hidden="true" size={16} />
      <span>{backupFailureText(failure, t, locale)}</span>
      <button type="button" className="secondary small" onClick={() => go({ name: 'settings' })}>
        {t('data.backups.open')}
      </button>
    </section>
  );
}
