import { Trash } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../forms/Field.tsx';
import { PeriodInput } from '../../forms/PeriodInput.tsx';
import type { FieldErrors } from '../../forms/errors.ts';
import type { TierDraft } from './draft.ts';

interface TierRowProps {
  tier: TierDraft;
  index: number;
  path: string;
  errors: FieldErrors;
  canRemove: boolean;
  onChange: (tier: TierDraft) => void;
  onRemove: () => void;
}

export function TierRow({ tier, index, path, errors, canRemove, onChange, onRemove }: TierRowProps) {
  const { t } = useTranslation();
  const n = index + 1;
  return (
    <div className="tier-row" role="group" aria-label={t('rules.tierTitle', { n })}>
      <Field fieldKey={`${path}.minAmountMinor`} label={t('rules.tierAmount')} errors={errors}>
        {(control) => (
          <input {...control} type="text" inputMode="decimal" value={tier.minAmount} onChange={(event) => onChange({ ...tier, minAmount: event.target.value })} />
        )}
      </Field>
      <PeriodInput fieldKey={`${path}.by`} label={t('rules.extendBy')} value={tier.by} onChange={(by) => onChange({ ...tier, by })} errors={errors} />
      {canRemove && (
        <button type="button" className="icon-button" aria-label={t('rules.removeTier', { n })} title={t('rules.removeTier', { n })} onClick={onRemove}>
          <Trash aria-hidden="true" size={16} />
        </button>
      )}
    </div>
  );
}
