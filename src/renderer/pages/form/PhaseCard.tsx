import { ChevronDown, ChevronUp, Trash } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../forms/CheckboxField.tsx';
import { Field } from '../../forms/Field.tsx';
import { PeriodInput } from '../../forms/PeriodInput.tsx';
import type { FieldErrors } from '../../forms/errors.ts';
import type { PhaseDraft } from './draft.ts';

interface PhaseCardProps {
  phase: PhaseDraft;
  index: number;
  count: number;
  errors: FieldErrors;
  onChange: (phase: PhaseDraft) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

export function PhaseCard({ phase, index, count, errors, onChange, onMove, onRemove }: PhaseCardProps) {
  const { t } = useTranslation();
  const path = `lapsePhases.${index}`;
  const n = index + 1;
  const iconButton = (label: string, icon: ReactNode, onClick: () => void, disabled = false) => (
    <button type="button" className="icon-button" aria-label={label} title={label} onClick={onClick} disabled={disabled}>
      {icon}
    </button>
  );
  return (
    <fieldset className="card phase-card">
      <legend className="card-legend">{t('phases.title', { n })}</legend>
      <div className="card-tools">
        {iconButton(t('phases.moveUp', { n }), <ChevronUp aria-hidden="true" size={16} />, () => onMove(-1), index === 0)}
        {iconButton(t('phases.moveDown', { n }), <ChevronDown aria-hidden="true" size={16} />, () => onMove(1), index === count - 1)}
        {iconButton(t('phases.remove', { n }), <Trash aria-hidden="true" size={16} />, onRemove)}
      </div>
      <div className="grid-2">
        <Field fieldKey={`${path}.name`} label={t('phases.name')} errors={errors}>
          {(control) => (
            <input {...control} type="text" placeholder={t('phases.namePlaceholder')} value={phase.name} onChange={(event) => onChange({ ...phase, name: event.target.value })} />
          )}
        </Field>
        <PeriodInput fieldKey={`${path}.length`} label={t('phases.length')} value={phase.length} onChange={(length) => onChange({ ...phase, length })} errors={errors} />
        <Field fieldKey={`${path}.works`} label={t('phases.works')} errors={errors} className="span-2">
          {(control) => (
            <input {...control} type="text" placeholder={t('phases.worksPlaceholder')} value={phase.works} onChange={(event) => onChange({ ...phase, works: event.target.value })} />
          )}
        </Field>
        <CheckboxField
          fieldKey={`${path}.creditLost`}
          label={t('phases.creditLost')}
          checked={phase.creditLost}
          onChange={(creditLost) => onChange({ ...phase, creditLost })}
          errors={errors}
        />
      </div>
    </fieldset>
  );
}
