import { Keyboard, Plus } from 'lucide-react';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { NoticeBar } from '../components/NoticeBar.tsx';
import { SharedDatalists } from '../components/SharedDatalists.tsx';
import { ShortcutsDialog } from '../components/ShortcutsDialog.tsx';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { DashboardPage } from '../pages/dashboard/DashboardPage.tsx';
import { SettingsPage } from '../pages/settings/SettingsPage.tsx';
import { NumberDetailPage } from '../pages/detail/NumberDetailPage.tsx';
import { NumberFormPage } from '../pages/form/NumberFormPage.tsx';
import { NumbersPage } from '../pages/list/NumbersPage.tsx';
import { InboxPage } from '../pages/reminders/InboxPage.tsx';
import { DataPage } from '../pages/data/DataPage.tsx';
import { HistoryPage } from '../pages/history/HistoryPage.tsx';
import { SpendingPage } from '../pages/spending/SpendingPage.tsx';
import { CarriersPage } from '../pages/carriers/CarriersPage.tsx';
import { ReminderBanner } from '../pages/reminders/ReminderBanner.tsx';
import { BackupAlert } from '../pages/settings/BackupAlert.tsx';
import { SEARCH_INPUT_ID } from '../pages/list/ListToolbar.tsx';
import { NavigationContext, useHistoryRoute, type Route } from './navigation.ts';
import { NoticeContext, type Notice, type Notify } from './notices.ts';
import { useShortcuts } from './useShortcuts.ts';

/** What "Skip to content" focuses (a button: the URL fragment holds the token, so no `#main` link). */
const MAIN_ID = 'main-content';

function Page({ route }: { route: Route }) {
  switch (route.name) {
    case 'dashboard':
      return <DashboardPage />;
    case 'settings':
      return <SettingsPage />;
    case 'list':
      return <NumbersPage key={JSON.stringify(route.preset ?? null)} focusSearch={route.focusSearch} preset={route.preset} />;
    case 'new':
      return <NumberFormPage key="new" />;
    case 'edit':
      return <NumberFormPage key={`edit-${route.id}`} id={route.id} />;
    case 'detail':
      return <NumberDetailPage key={route.id} id={route.id} openRecord={route.record ?? false} />;
    case 'inbox':
      return <InboxPage />;
    case 'data':
      return <DataPage />;
    case 'history':
      return <HistoryPage />;
    case 'spending':
      return <SpendingPage />;
    case 'carriers':
      return <CarriersPage />;
  }
}

export function App() {
  const { t } = useTranslation();
  const navigation = useHistoryRoute();
  const { route, go } = navigation;
  const [notice, setNotice] = useState<Notice | null>(null);
  const dismiss = useCallback(() => setNotice(null), []);
  const notify = useCallback<Notify>((text, tone = 'success', action) => setNotice(action ? { text, tone, action } : { text, tone }), []);
  const [showShortcuts, setShowShortcuts] = useState(false);

  const shortcuts = useMemo(
    () => ({
      add: () => go({ name: 'new' }),
      help: () => setShowShortcuts(true),
      search: () => {
        const search = document.getElementById(SEARCH_INPUT_ID);
        if (search) search.focus();
        else go({ name: 'list', focusSearch: true });
      },
    }),
    [go],
  );
  useShortcuts(shortcuts);

  return (
    <NavigationContext.Provider value={navigation}>
      <NoticeContext.Provider value={notify}>
        {/* The first stop of Tab: past the header and the banners, to the page itself. */}
        <button type="button" className="skip-link" onClick={() => document.getElementById(MAIN_ID)?.focus()}>
          {t('app.skipToContent')}
        </button>
        <header className="app-header">
          <button type="button" className="brand" onClick={() => go({ name: 'dashboard' })}>
            <span className="brand-mark" aria-hidden="true">K</span>
            <span className="brand-name">{t('app.name')}</span>
            <span className="brand-tagline">{t('app.tagline')}</span>
          </button>
          <nav aria-label={t('app.nav')} className="header-nav">
            <button type="button" className="nav-link" aria-current={route.name === 'dashboard' ? 'page' : undefined} onClick={() => go({ name: 'dashboard' })}>
              {t('dashboard.nav')}
            </button>
            <button type="button" className="nav-link" aria-current={route.name === 'list' ? 'page' : undefined} onClick={() => go({ name: 'list' })}>
              {t('app.numbers')}
            </button>
            <button type="button" className="nav-link" aria-current={route.name === 'inbox' ? 'page' : undefined} onClick={() => go({ name: 'inbox' })}>
              {t('reminders.nav')}
            </button>
            <button type="button" className="nav-link" aria-current={route.name === 'history' ? 'page' : undefined} onClick={() => go({ name: 'history' })}>
              {t('data.history.nav')}
            </button>
            <button type="button" className="nav-link" aria-current={route.name === 'spending' ? 'page' : undefined} onClick={() => go({ name: 'spending' })}>
              {t('data.spending.nav')}
            </button>
            <button type="button" className="nav-link" aria-current={route.name === 'data' ? 'page' : undefined} onClick={() => go({ name: 'data' })}>
              {t('data.nav')}
            </button>
            <button type="button" className="nav-link" aria-current={route.name === 'carriers' ? 'page' : undefined} onClick={() => go({ name: 'carriers' })}>
              {t('carriers.nav')}
            </button>
            <button type="button" className="primary" aria-keyshortcuts="N" onClick={() => go({ name: 'new' })}>
              <Plus aria-hidden="true" size={16} />
              {t('app.addNumber')}
            </button>
            <button type="button" className="nav-link" aria-current={route.name === 'settings' ? 'page' : undefined} onClick={() => go({ name: 'settings' })}>
              {t('settingsPage.nav')}
            </button>
            <LanguageSwitch />
          </nav>
        </header>
        <NoticeBar notice={notice} onDismiss={dismiss} />
        <BackupAlert onSettings={route.name === 'settings'} />
        <ReminderBanner />
        <main className="app-main" id={MAIN_ID} tabIndex={-1}>
          <Page route={route} />
        </main>
        <footer className="app-footer muted">
          <span>{t('app.shortcuts')}</span>
          <button type="button" className="link" aria-keyshortcuts="?" onClick={() => setShowShortcuts(true)}>
            <Keyboard aria-hidden="true" size={16} />
            {t('dashboard.shortcuts.open')}
          </button>
        </footer>
        {showShortcuts && <ShortcutsDialog onClose={() => setShowShortcuts(false)} />}
        {navigation.leaveHeld && (
          <ConfirmDialog
            title={t('form.leave.title')}
            body={t('form.leave.body')}
            confirmLabel={t('form.leave.confirm')}
            cancelLabel={t('form.leave.stay')}
            danger
            onConfirm={async () => {
              navigation.leaveAnyway();
              return null;
            }}
            onClose={navigation.stay}
          />
        )}
        <SharedDatalists />
      </NoticeContext.Provider>
    </NavigationContext.Provider>
  );
}
