import { Field } from './Field.tsx';
import type { FieldErrors } from './errors.ts';

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
  value: MoneyDraft;
  onChange: (value: MoneyDraft) => void;
  errors: FieldErrors;
}

/** An amount typed as text (never a float) and its ISO currency code. */
export function MoneyFields({ amountKey, currencyKey, amountLabel, currencyLabel, value, onChange, errors }: MoneyFieldsProps) {
  return (
    <div className="money-fields">
      <Field fieldKey={amountKey} label={amountLabel} errors={errors} className="grow">
        {(control) => (
          <input
            {...control}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            placeholder="0.00"
            value={value.amount}
            onChange={(event) => onChange({ ...value, amount: event.target.value })}
          />
        )}
      </Field>
      <Field fieldKey={currencyKey} label={currencyLabel} errors={errors} className="currency">
        {(control) => (
          <input
            {...control}
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
    </div>
  );
}
