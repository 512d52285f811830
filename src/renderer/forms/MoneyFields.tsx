import { minorToText } from '#shared/money.ts';
import { Field } from './Field.tsx';
import { controlId, type FieldErrors } from './errors.ts';

export interface MoneyDraft {
  amount: string;
  currency: string;
}

interface MoneyFieldsProps {
  /** Paths of the two inputs, as the API names them (`planCost.amountMinor`, `planCost.currency`). */
  amountKey: string;
  currencyKey: string;
  amountLabel: string;
  currencyLabel: string;
  /** Said under both inputs: the currency input is too narrow to hold a sentence. */
  currencyHint?: string | undefined;
  value: MoneyDraft;
  onChange: (value: MoneyDraft) => void;
  errors: FieldErrors;
}

/** An amount typed as text (never a float) and its ISO currency code. */
export function MoneyFields({ amountKey, currencyKey, amountLabel, currencyLabel, currencyHint, value, onChange, errors }: MoneyFieldsProps) {
  const hintId = currencyHint ? `${controlId(currencyKey)}-hint` : null;
  return (
    <div className="money-fields">
      <Field fieldKey={amountKey} label={amountLabel} errors={errors} className="grow">
        {(control) => (
          <input
            {...control}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            placeholder={minorToText(0, value.currency)}
            value={value.amount}
            onChange={(event) => onChange({ ...value, amount: event.target.value })}
          />
        )}
      </Field>
      <Field fieldKey={currencyKey} label={currencyLabel} errors={errors} className="currency">
        {(control) => (
          <input
            {...control}
            aria-describedby={[control['aria-describedby'], hintId].filter(Boolean).join(' ') || undefined}
            type="text"
            list="currency-codes"
            maxLength={3}
            autoComplete="off"
            spellCheck={false}
            placeholder="EUR"
            value={value.currency}
            onChange={(event) => onChange({ ...value, currency: event.target.value.toUpperCase() })}
          />
        )}
      </Field>
      {hintId && (
        <p id={hintId} className="hint money-hint">
          {currencyHint}
        </p>
      )}
    </div>
  );
}
