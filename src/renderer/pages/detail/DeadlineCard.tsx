import { useTranslation } from 'react-i18next';
import { explainDeadline } from '#shared/messages.ts';
import type { NumberView } from '#shared/numbers.ts';
import { DeadlineText } from '../../components/DeadlineText.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { useLocale } from '../../i18n/setup.ts';
import { LossTimes } from './LossTimes.tsx';

/** The deadline that matters, why it is what it is, and what is lost when. */
export function DeadlineCard({ number }: { number: NumberView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const deadline = number.deadline;
  return (
    <section className={`card deadline-card deadline-${deadline ? number.status.state : 'none'}`} aria-labelledby="deadline-title">
      <div className="card-heading">
        <h2 id="deadline-title">{t('detail.nextDeadline')}</h2>
        <StatusBadge status={number.status} hasDeadline={deadline?.on != null} />
      </div>
      {deadline?.on ? (
        <>
          <p className="deadline-big">
            <DeadlineText on={deadline.on} daysLeft={number.status.daysLeft} />
          </p>
          <p className="sentence">{explainDeadline(deadline.explanation, locale)}</p>
        </>
      ) : (
        <p className="muted">{t('detail.noDeadline')}</p>
      )}
      <LossTimes number={number} />
    </section>
  );
}
