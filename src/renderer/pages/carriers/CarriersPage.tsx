import { Plus } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CarrierView } from '#shared/carriers.ts';
import { call } from '../../api/client.ts';
import { useNotify } from '../../app/notices.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { errorMessage } from '../../forms/errors.ts';
import { useLocale } from '../../i18n/setup.ts';
import '../../styles/carriers.css';
import { CarrierDetail } from './CarrierDetail.tsx';
import { CarrierEditor } from './CarrierEditor.tsx';
import { CarrierList } from './CarrierList.tsx';
import { CarrierSessions } from './CarrierSessions.tsx';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { useCarrierList, type Origin } from './useCarrierList.ts';

type Mode = 'view' | 'edit' | 'add';

/** The carrier catalog and the user's own carriers: browse, check the sources, add and edit. */
export function CarriersPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const notify = useNotify();
  const [search, setSearch] = useState('');
  const [origin, setOrigin] = useState<Origin>('all');
  const list = useCarrierList(search, origin);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [carrier, setCarrier] = useState<CarrierView | null>(null);
  const [mode, setMode] = useState<Mode>('view');
  const [removing, setRemoving] = useState(false);

  // Keepline's notes on a catalog carrier come in the language asked in: asked again when it changes, though
  // not under the editor, whose draft began from the carrier as it was.
  const askedIn = mode === 'edit' ? null : locale;
  useEffect(() => {
    if (selectedId === null) return;
    let live = true;
    void call('carriers.get', { id: selectedId }).then((answer) => {
      if (live && answer.ok) setCarrier(answer.value);
    });
    return () => {
      live = false;
    };
  }, [selectedId, askedIn]);

  const select = (id: string) => {
    setSelectedId(id);
    setMode('view');
  };

  const saved = (view: CarrierView) => {
    setCarrier(view);
    setSelectedId(view.id);
    setMode('view');
    list.reload();
    notify(t('carriers.page.saved'));
  };

  const remove = async (target: CarrierView): Promise<string | null> => {
    const answer = await call('carriers.delete', { id: target.id });
    if (!answer.ok) return errorMessage(answer.error, locale);
    setRemoving(false);
    list.reload();
    if (target.origin === 'user') {
      setSelectedId(null);
      setCarrier(null);
      notify(t('carriers.page.deleted'));
    } else {
      const fresh = await call('carriers.get', { id: target.id });
      if (fresh.ok) setCarrier(fresh.value);
      notify(t('carriers.page.reset', { name: target.name }));
    }
    return null;
  };

  const shown = carrier !== null && carrier.id === selectedId ? carrier : null;
  return (
    <div className="carriers-page">
      <div className="page-heading">
        <h1>{t('carriers.page.title')}</h1>
        <button type="button" className="primary" onClick={() => setMode('add')}>
          <Plus aria-hidden="true" size={16} />
          {t('carriers.page.add')}
        </button>
      </div>
      <p className="muted carriers-intro">{t('carriers.page.intro')}</p>
      <div className="carriers-layout">
        <section className="card carriers-browser" aria-label={t('carriers.page.title')}>
          <div className="carriers-filters">
            <label className="sr-only" htmlFor="carriers-search">
              {t('carriers.page.search')}
            </label>
            <input id="carriers-search" type="search" placeholder={t('carriers.page.search')} value={search} onChange={(event) => setSearch(event.target.value)} />
            <label className="sr-only" htmlFor="carriers-origin">
              {t('carriers.page.show')}
            </label>
            <select id="carriers-origin" value={origin} onChange={(event) => setOrigin(event.target.value as Origin)}>
              <option value="all">{t('carriers.page.all')}</option>
              <option value="catalog">{t('carriers.page.catalog')}</option>
              <option value="user">{t('carriers.page.yours')}</option>
            </select>
          </div>
          {list.error && <LoadError message={errorMessage(list.error, locale)} onRetry={list.reload} />}
          {list.items === null && !list.error && <p className="loading">{t('app.loading')}</p>}
          {list.items && <CarrierList items={list.items} selectedId={selectedId} onSelect={select} />}
        </section>
        <div className="carriers-main">
          {mode === 'add' && <CarrierEditor key="add" carrier={null} onSaved={saved} onCancel={() => setMode('view')} />}
          {mode === 'edit' && shown && <CarrierEditor key={shown.id} carrier={shown} onSaved={saved} onCancel={() => setMode('view')} />}
          {mode === 'view' && shown && <CarrierDetail carrier={shown} onEdit={() => setMode('edit')} onRemove={() => setRemoving(true)} />}
          {mode === 'view' && !shown && <p className="card muted">{t('carriers.page.pick')}</p>}
        </div>
      </div>
      <CarrierSessions />
      {removing && shown && (
        <ConfirmDialog
          title={shown.origin === 'user' ? t('carriers.page.deleteTitle') : t('carriers.page.resetTitle')}
          body={shown.origin === 'user' ? t('carriers.page.deleteBody', { name: shown.name }) : t('carriers.page.resetBody', { name: shown.name })}
          confirmLabel={shown.origin === 'user' ? t('carriers.page.delete') : t('carriers.page.resetEdits')}
          danger
          cancelLabel={t('carriers.page.cancel')}
          onConfirm={() => remove(shown)}
          onClose={() => setRemoving(false)}
        />
      )}
    </div>
  );
}
