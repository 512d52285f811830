import { useTranslation } from 'react-i18next';
import { EVENT_KINDS, type EventKind } from '#shared/events.ts';
import { ACTIVITY_TYPES, type ActivityType } from '#shared/rules.ts';
import { Field } from '../../forms/Field.tsx';
import { MoneyFields } from '../../forms/MoneyFields.tsx';
import { PeriodInput } from '../../forms/PeriodInput.tsx';
import type { FieldErrors } from '../../forms/errors.ts';
import type { EventDraft } from './eventDraft.ts';

interface EventFieldsProps {
  draft: EventDraft;
  today: string;
  errors: FieldErrors;
  change: (patch: Partial<EventDraft>) => void;
  changeKind: (kind: EventKind) => void;
}

/** The inputs an event of the chosen kind needs. */
export function EventFields({ draft, today, errors, change, changeKind }: EventFieldsProps) {
  const { t } = useTranslation();
  const kind = draft.kind;
  const text = (key: 'method' | 'reason' | 'planName', label: string, placeholder?: string) => (
    <Field fieldKey={key} label={label} errors={errors}>
      {(control) => <input {...control} type="text" placeholder={placeholder} value={draft[key]} onChange={(event) => change({ [key]: event.target.value })} />}
    </Field>
  );
  const isBalance = kind === 'balance_check';
  return (
    <div className="grid-2">
      <Field fieldKey="kind" label={t('event.kind')} errors={errors}>
        {(control) => (
          <select {...control} value={kind} onChange={(event) => changeKind(event.target.value as EventKind)}>
            {EVENT_KINDS.map((option) => (
              <option key={option} value={option}>
                {t(`event.kinds.${option}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field fieldKey="occurredOn" label={t('event.occurredOn')} errors={errors}>
        {(control) => <input {...control} type="date" max={today} value={draft.occurredOn} onChange={(event) => change({ occurredOn: event.target.value })} />}
      </Field>
      {kind === 'activity' && (
        <Field fieldKey="activityType" label={t('event.activityType')} errors={errors}>
          {(control) => (
            <select {...control} value={draft.activityType} onChange={(event) => change({ activityType: event.target.value as ActivityType })}>
              {ACTIVITY_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`event.activityTypes.${type}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {kind === 'payment_failed' && text('reason', t('event.reason'), t('event.reasonPlaceholder'))}
      {kind === 'plan_change' && text('planName', t('event.planName'))}
      {kind === 'plan_change' ? (
        <MoneyFields
          amountKey="planCost.amountMinor"
          currencyKey="planCost.currency"
          amountLabel={t('event.planCost')}
          currencyLabel={t('event.currency')}
          value={draft.planCost}
          onChange={(planCost) => change({ planCost })}
          errors={errors}
        />
      ) : (
        <MoneyFields
          amountKey={isBalance ? 'balance.amountMinor' : 'amount.amountMinor'}
          currencyKey={isBalance ? 'balance.currency' : 'amount.currency'}
          amountLabel={isBalance ? t('event.balance') : t('event.amount')}
          currencyLabel={t('event.currency')}
          value={draft.amount}
          onChange={(amount) => change({ amount })}
          errors={errors}
        />
      )}
      {kind === 'plan_change' && (
        <PeriodInput
          fieldKey="billingPeriod"
          label={t('event.billingPeriod')}
          value={draft.billingPeriod}
          onChange={(billingPeriod) => change({ billingPeriod })}
          errors={errors}
        />
      )}
      {(kind === 'renewal' || kind === 'topup' || kind === 'payment_failed') && text('method', t('event.method'))}
      {(kind === 'renewal' || kind === 'topup') && (
        <Field fieldKey="newExpiryDate" label={t('event.newExpiryDate')} hint={t('event.newExpiryHint')} errors={errors}>
          {(control) => <input {...control} type="date" value={draft.newExpiryDate} onChange={(event) => change({ newExpiryDate: event.target.value })} />}
        </Field>
      )}
      <Field fieldKey="note" label={t('event.note')} errors={errors} className="span-2">
        {(control) => <textarea {...control} rows={2} value={draft.note} onChange={(event) => change({ note: event.target.value })} />}
      </Field>
    </div>
  );
}
