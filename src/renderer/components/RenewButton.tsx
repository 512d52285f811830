import { ExternalLink } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DownloadedReceipt, RenewalTarget } from '#shared/carriers.ts';
import { call } from '../api/client.ts';
import '../styles/carriers.css';

interface RenewButtonProps {
  numberId: number;
  /**
   * The carrier page was opened (browser) or its window was closed / "Record renewal" pressed (app), with
   * what its page downloaded that could be the receipt (app only; newest first).
   */
  onReadyToRecord: (receipts: DownloadedReceipt[]) => void;
  className?: string;
}

/**
 * "Open renewal page", for any place that lists numbers. In the desktop app the carrier's page opens in
 * Keepline's locked-down renewal window; in a browser it opens in a new tab with no way back to this page.
 * Either way the one-step record form follows.
 */
export function RenewButton({ numberId, onReadyToRecord, className = 'secondary' }: RenewButtonProps) {
  const { t } = useTranslation();
  const [target, setTarget] = useState<RenewalTarget | null>(null);
  const [waiting, setWaiting] = useState(false);

  useEffect(() => {
    let live = true;
    void call('renewals.target', { numberId }).then((answer) => {
      if (live && answer.ok) setTarget(answer.value);
    });
    return () => {
      live = false;
    };
  }, [numberId]);

  if (!target) return null;
  if (!target.url) {
    return (
      <button type="button" className={className} disabled title={t('carriers.renew.noPage')}>
        <ExternalLink aria-hidden="true" size={16} />
        {t('carriers.renew.open')}
      </button>
    );
  }
  if (window.keepline) {
    const open = async () => {
      setWaiting(true);
      const answer = await call('renewals.open', { numberId });
      setWaiting(false);
      if (answer.ok && answer.value.outcome !== 'unavailable') onReadyToRecord(answer.value.receipts);
    };
    return (
      <button type="button" className={className} disabled={waiting} onClick={() => void open()}>
        <ExternalLink aria-hidden="true" size={16} />
        {waiting ? t('carriers.renew.waiting') : t('carriers.renew.open')}
      </button>
    );
  }
  return (
    <a className={`button-link ${className}`} href={target.url} target="_blank" rel="noopener noreferrer" onClick={() => onReadyToRecord([])}>
      <ExternalLink aria-hidden="true" size={16} />
      {t('carriers.renew.open')}
    </a>
  );
}
