import { useTranslation } from 'react-i18next';
import type { NumberSummary } from '#shared/numbers.ts';
import { formatMoney } from '#shared/money.ts';
import { DeadlineText } from '../../components/DeadlineText.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { useLocale } from '../../i18n/setup.ts';

interface NumbersTableProps {
  items: NumberSummary[];
  onOpen: (id: number) => void;
}

/** Numbers in deadline order, as the core sorts them. A row opens its number; so does its number button. */
export function NumbersTable({ items, onOpen }: NumbersTableProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <div className="table-wrap">
      <table className="numbers-table">
        <thead>
          <tr>
            <th scope="col">{t('list.columns.status')}</th>
            <th scope="col">{t('list.columns.number')}</th>
            <th scope="col">{t('list.columns.label')}</th>
            <th scope="col">{t('list.columns.owner')}</th>
            <th scope="col">{t('list.columns.carrier')}</th>
            <th scope="col">{t('list.columns.deadline')}</th>
            <th scope="col" className="num">{t('list.columns.plan')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} className={item.archived ? 'archived' : undefined} onClick={() => onOpen(item.id)}>
              <td>
                <StatusBadge status={item.status} hasDeadline={item.deadlineOn !== null} />
              </td>
              <td className="number-cell">
                <button
                  type="button"
                  className="link number-link"
                  aria-label={t('list.open', { number: item.formatted })}
                  onClick={(event) => {
                    event.stopPropagation();
                    onOpen(item.id);
                  }}
                >
                  {item.formatted}
                </button>
                <span className="country-code">{item.country}</span>
                {item.archived && <span className="tag">{t('list.archived')}</span>}
              </td>
              <td className="wrap">{item.label}</td>
              <td className="wrap">{item.owner}</td>
              <td className="wrap">{item.carrier}</td>
              <td>
                {item.deadlineOn ? (
                  <DeadlineText on={item.deadlineOn} daysLeft={item.status.daysLeft} />
                ) : (
                  <span className="muted">{t('list.noDeadline')}</span>
                )}
              </td>
              <td className="num">{item.planCost ? formatMoney(item.planCost, locale) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
