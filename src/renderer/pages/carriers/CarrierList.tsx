import { useTranslation } from 'react-i18next';
import type { CarrierSummary } from '#shared/carriers.ts';
import { CountryFlag } from '../../components/CountryFlag.tsx';
import { ConfidenceBadge } from './ConfidenceBadge.tsx';

interface CarrierListProps {
  items: CarrierSummary[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** The carriers as a list of buttons: name, country, confidence; the chosen one is marked current. */
export function CarrierList({ items, selectedId, onSelect }: CarrierListProps) {
  const { t } = useTranslation();
  if (items.length === 0) return <p className="muted carrier-none">{t('carriers.page.none')}</p>;
  return (
    <ul className="carrier-list" aria-label={t('carriers.page.count', { count: items.length })}>
      {items.map((item) => (
        <li key={item.id}>
          <button
            type="button"
            className="carrier-item"
            aria-current={item.id === selectedId ? 'true' : undefined}
            onClick={() => onSelect(item.id)}
          >
            <span className="carrier-item-name">{item.name}</span>
            <span className="carrier-item-meta">
              {item.country && <CountryFlag code={item.country} />}
              <ConfidenceBadge level={item.confidence} />
              {item.edited && <span className="chip">{t('carriers.page.edited')}</span>}
              {item.origin === 'user' && <span className="chip">{t('carriers.page.yourCarrier')}</span>}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
