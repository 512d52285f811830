import { CalendarDays, CircleX, Clock, TriangleExclamationPoint, type LucideIcon } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { DashboardSummary } from '#shared/dashboard.ts';
import { useNavigation, type Route } from '../../app/navigation.ts';

type CountKey = 'lost' | 'grace' | 'dueIn7' | 'dueIn30';

const CARDS: { key: CountKey; look: string; Icon: LucideIcon; preset: Extract<Route, { name: 'list' }>['preset'] }[] = [
  { key: 'lost', look: 'lost', Icon: CircleX, preset: { status: 'lost' } },
  { key: 'grace', look: 'grace', Icon: TriangleExclamationPoint, preset: { status: 'grace' } },
  { key: 'dueIn7', look: 'due_soon', Icon: Clock, preset: { dueWithinDays: 7 } },
  { key: 'dueIn30', look: 'due_soon', Icon: CalendarDays, preset: { dueWithinDays: 30 } },
];

/** Four counts, each a way into the list filtered to exactly those numbers. */
export function CountCards({ counts }: { counts: DashboardSummary['counts'] }) {
  const { t } = useTranslation();
  const { go } = useNavigation();
  return (
    <ul className="count-cards" aria-label={t('dashboard.counts.label')}>
      {CARDS.map(({ key, look, Icon, preset }) => {
        const count = counts[key];
        return (
          <li key={key}>
            <button
              type="button"
              className={`count-card count-${look}${count === 0 ? ' count-zero' : ''}`}
              data-count={key}
              title={t('dashboard.counts.show', { count, what: t(`dashboard.counts.${key}`) })}
              onClick={() => go({ name: 'list', preset })}
            >
              <span className="count-top">
                <Icon aria-hidden="true" size={20} />
                <span className="count-label">{t(`dashboard.counts.${key}`)}</span>
              </span>
              <span className="count-value">{count}</span>
              <span className="count-hint">{t(`dashboard.counts.${key}Hint`)}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
