import { Pencil, RotateCcw, Trash } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { CarrierView } from '#shared/carriers.ts';
import { CountryFlag } from '../../components/CountryFlag.tsx';
import { countryName } from '../../format/regions.ts';
import { useLocale } from '../../i18n/setup.ts';
import { CarrierRule } from './CarrierRule.tsx';
import { CarrierSources } from './CarrierSources.tsx';
import { EDITABLE_FIELDS, type EditableField } from './carrierDraft.ts';
import { ExternalLink } from './ExternalLink.tsx';

interface CarrierDetailProps {
  carrier: CarrierView;
  onEdit: () => void;
  /** Deletes a user's carrier, or forgets the edits of a catalog one. */
  onRemove: () => void;
}

/** Everything known about one carrier, with where it comes from and how sure it is. */
export function CarrierDetail({ carrier, onEdit, onRemove }: CarrierDetailProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const none = <span className="muted">{t('carriers.page.noValue')}</span>;
  const editable = (field: string): field is EditableField => (EDITABLE_FIELDS as readonly string[]).includes(field);
  const editedNames = carrier.editedFields.filter(editable).map((field) => t(`carriers.fields.${field}`)).join(locale === 'en' ? ', ' : '、');
  return (
    <article className="card carrier-detail" aria-labelledby="carrier-title">
      <header className="card-heading">
        <div>
          <h2 id="carrier-title">{carrier.name}</h2>
          {carrier.company && carrier.company !== carrier.name && <p className="muted">{carrier.company}</p>}
        </div>
        <div className="carrier-actions">
          <button type="button" className="secondary" onClick={onEdit}>
            <Pencil aria-hidden="true" size={16} />
            {t('carriers.page.edit')}
          </button>
          {carrier.origin === 'user' && (
            <button type="button" className="danger-quiet" onClick={onRemove}>
              <Trash aria-hidden="true" size={16} />
              {t('carriers.page.delete')}
            </button>
          )}
          {carrier.origin === 'catalog' && carrier.edited && (
            <button type="button" className="danger-quiet" onClick={onRemove}>
              <RotateCcw aria-hidden="true" size={16} />
              {t('carriers.page.resetEdits')}
            </button>
          )}
        </div>
      </header>
      {carrier.edited && <p className="banner carrier-edited">{t('carriers.page.editedNote', { fields: editedNames })}</p>}
      <dl className="carrier-facts">
        <div>
          <dt>{t('carriers.page.countryLabel')}</dt>
          <dd>
            {carrier.country ? (
              <>
                <CountryFlag code={carrier.country} /> {countryName(carrier.country, locale)}
              </>
            ) : (
              none
            )}
          </dd>
        </div>
        <div>
          <dt>{t('carriers.page.zone')}</dt>
          <dd>{carrier.timeZone ?? none}</dd>
        </div>
        <div>
          <dt>{t('carriers.page.renewalUrl')}</dt>
          <dd>{carrier.renewalUrl ? <ExternalLink href={carrier.renewalUrl} /> : none}</dd>
        </div>
        <div>
          <dt>{t('carriers.page.homepage')}</dt>
          <dd>{carrier.homepage ? <ExternalLink href={carrier.homepage} /> : none}</dd>
        </div>
      </dl>
      <CarrierRule carrier={carrier} />
      <CarrierSources carrier={carrier} />
      {carrier.notes && (
        <section className="carrier-block" aria-labelledby="carrier-notes-title">
          <h3 id="carrier-notes-title">{t('carriers.page.notes')}</h3>
          <p className="carrier-notes">{carrier.notes}</p>
        </section>
      )}
    </article>
  );
}
