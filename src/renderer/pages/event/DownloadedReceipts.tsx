import { FileText } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { DownloadedReceipt } from '#shared/carriers.ts';

interface DownloadedReceiptsProps {
  items: DownloadedReceipt[];
  /** The ids to keep with the event. */
  chosen: string[];
  onChange: (chosen: string[]) => void;
}

/** What the carrier's page downloaded in its renewal window, each to keep with the renewal or not. */
export function DownloadedReceipts({ items, chosen, onChange }: DownloadedReceiptsProps) {
  const { t } = useTranslation();
  const toggle = (id: string, on: boolean) => onChange(on ? [...chosen, id] : chosen.filter((kept) => kept !== id));
  return (
    <fieldset className="field downloaded-receipts">
      <legend>{t('carriers.receipt.downloaded')}</legend>
      {items.map((item) => (
        <label key={item.id} className="check">
          <input type="checkbox" checked={chosen.includes(item.id)} onChange={(event) => toggle(item.id, event.target.checked)} />
          <FileText aria-hidden="true" size={16} />
          {t('carriers.receipt.downloadedItem', { name: item.fileName, size: Math.max(1, Math.round(item.size / 1024)) })}
        </label>
      ))}
    </fieldset>
  );
}
