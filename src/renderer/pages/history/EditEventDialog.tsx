import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventInputRaw } from '#shared/events.ts';
import type { HistoryItem } from '#shared/history-contract.ts';
import { formatDay } from '#shared/locale.ts';
import { minorToText, parseMoney } from '#shared/money.ts';
import { call } from '../../api/client.ts';
import { Dialog } from '../../components/Dialog.tsx';
import { errorMessage } from '../../forms/errors.ts';
import { useLocale } from '../../i18n/setup.ts';

/** Changes the date, amount, note and method of a past event; its kind-specific details stay as they were. */
export function EditEventDialog({ event, onClose, onSaved }: { event: HistoryItem; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [occurredOn, setOccurredOn] = useState(event.occurredOn);
  const [amount, setAmount] = useState(event.amount ? minorToText(event.amount.amountMinor, event.amount.currency) : '');
  const [currency, setCurrency] = useState(event.amount?.currency ?? '');
  const [note, setNote] = useState(event.note);
  const [method, setMethod] = useState(event.method);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const hasAmount = event.kind === 'renewal' || event.kind === 'topup' || event.kind === 'activity' || event.kind === 'payment_failed';

  const save = async () => {
    let money = null;
    if (hasAmount && amount.trim() !== '') {
      const parsed = parseMoney(amount, currency);
      if (!parsed.ok) return setError(t('data.history.amount') + ': ' + parsed.reason);
      money = { amountMinor: parsed.amountMinor, currency };
    }
    const base = { numberId: event.numberId, occurredOn, note, method, source: event.source };
    const details = event.details as { balance?: { amountMinor: number; currency: string }; planName?: string; planCost?: null; billingPeriod?: null };
    const input: EventInputRaw =
      event.kind === 'renewal' ? { ...base, kind: 'renewal', amount: money }
      : event.kind === 'topup' ? { ...base, kind: 'topup', amount: money ?? { amountMinor: 0, currency: currency || 'USD' } }
      : event.kind === 'activity' ? { ...base, kind: 'activity', activityType: event.activityType ?? 'other', amount: money }
      : event.kind === 'payment_failed' ? { ...base, kind: 'payment_failed', amount: money, reason: event.reason }
      : event.kind === 'balance_check' ? { ...base, kind: 'balance_check', balance: details.balance ?? { amountMinor: 0, currency: 'USD' } }
      : { ...base, kind: 'plan_change', planName: details.planName ?? '', planCost: details.planCost ?? null, billingPeriod: details.billingPeriod ?? null };
    setSaving(true);
    setError(null);
    const answer = await call('events.update', { id: event.id, event: input });
    setSaving(false);
    if (!answer.ok) return setError(errorMessage(answer.error, locale));
    onSaved();
  };

  return (
    <Dialog title={t('data.history.editTitle', { kind: t(`event.kinds.${event.kind}`), date: formatDay(event.occurredOn, locale) })} onClose={onClose}>
      <form
        className="dialog-body"
        onSubmit={(submitted) => {
          submitted.preventDefault();
          void save();
        }}
      >
        <label className="field">
          <span>{t('data.history.date')}</span>
          <input type="date" required value={occurredOn} onChange={(changed) => setOccurredOn(changed.target.value)} />
        </label>
        {hasAmount && (
          <div className="export-row">
            <label className="field">
              <span>{t('data.history.amount')}</span>
              <input inputMode="decimal" value={amount} onChange={(changed) => setAmount(changed.target.value)} />
            </label>
            <label className="field">
              <span>{t('data.history.currency')}</span>
              <input value={currency} maxLength={3} onChange={(changed) => setCurrency(changed.target.value.toUpperCase())} />
            </label>
          </div>
        )}
        <label className="field">
          <span>{t('data.history.method')}</span>
          <input value={method} maxLength={60} onChange={(changed) => setMethod(changed.target.value)} />
        </label>
        <label className="field">
          <span>{t('data.history.note')}</span>
          <textarea value={note} maxLength={2000} onChange={(changed) => setNote(changed.target.value)} />
        </label>
        {error && <p className="form-error" role="alert">{error}</p>}
        <div className="dialog-actions">
          <button type="button" className="secondary" onClick={onClose}>
            {t('data.cancel')}
          </button>
          <button type="submit" className="primary" disabled={saving}>
            {saving ? t('data.working') : t('data.history.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
