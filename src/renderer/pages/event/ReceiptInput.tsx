import { useTranslation } from 'react-i18next';
import { receiptProblem } from '../../api/receipt.ts';

interface ReceiptInputProps {
  file: File | null;
  onChange: (file: File | null) => void;
}

/** An optional receipt to keep with the event (PDF, PNG or JPEG, at most 10 MB). */
export function ReceiptInput({ file, onChange }: ReceiptInputProps) {
  const { t } = useTranslation();
  const problem = file ? receiptProblem(file) : null;
  return (
    <div className="field">
      <label htmlFor="event-receipt">{t('carriers.receipt.label')}</label>
      <input
        id="event-receipt"
        type="file"
        accept="application/pdf,image/png,image/jpeg"
        onChange={(event) => onChange(event.target.files?.[0] ?? null)}
        aria-invalid={problem ? true : undefined}
      />
      {problem && (
        <p className="field-error" role="alert">
          {t(`carriers.receipt.${problem}`)}
        </p>
      )}
    </div>
  );
}
