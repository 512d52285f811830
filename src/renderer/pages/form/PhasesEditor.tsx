import { Plus } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { FieldErrorText } from '../../forms/FieldErrorText.tsx';
import { errorId } from '../../forms/errors.ts';
import { newPhase } from './draft.ts';
import { PhaseCard } from './PhaseCard.tsx';
import type { SectionProps } from './sectionProps.ts';

const MAX_PHASES = 10;

export function PhasesEditor({ draft, change, errors }: SectionProps) {
  const { t } = useTranslation();
  const phases = draft.lapsePhases;
  const move = (index: number, by: -1 | 1) => {
    const next = [...phases];
    const [moved] = next.splice(index, 1);
    if (moved) next.splice(index + by, 0, moved);
    change({ lapsePhases: next });
  };
  return (
    <section className="form-section" aria-labelledby="section-phases">
      <h2 id="section-phases">{t('form.sections.phases')}</h2>
      <p className="section-help">{t('phases.help')}</p>
      <FieldErrorText id={errorId('lapsePhases')} messages={errors.at('lapsePhases')} />
      {phases.length === 0 && <p className="muted">{t('phases.none')}</p>}
      {phases.map((phase, index) => (
        <PhaseCard
          key={phase.uid}
          phase={phase}
          index={index}
          count={phases.length}
          errors={errors}
          onChange={(next) => change({ lapsePhases: phases.map((item) => (item.uid === phase.uid ? next : item)) })}
          onMove={(by) => move(index, by)}
          onRemove={() => change({ lapsePhases: phases.filter((item) => item.uid !== phase.uid) })}
        />
      ))}
      {phases.length < MAX_PHASES && (
        <div className="add-row">
          <button type="button" className="secondary" onClick={() => change({ lapsePhases: [...phases, newPhase()] })}>
            <Plus aria-hidden="true" size={16} />
            {t('phases.add')}
          </button>
        </div>
      )}
    </section>
  );
}
