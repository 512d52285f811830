import { LogOut } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CarrierSession } from '#shared/carriers.ts';
import { call } from '../../api/client.ts';
import { useNotify } from '../../app/notices.ts';
import { errorMessage } from '../../forms/errors.ts';
import { formatPhone } from '../../format/phone.ts';
import { useLocale } from '../../i18n/setup.ts';
import '../../styles/carriers.css';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';

/** Numbers of a session named at first: an agency's account can hold hundreds. */
const NUMBERS_NAMED = 5;

/** How many numbers share the session, the first few named, and the rest on request. */
function SessionNumbers({ numbers }: { numbers: string[] }) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const named = all ? numbers : numbers.slice(0, NUMBERS_NAMED);
  const rest = numbers.length - named.length;
  return (
    <p className="muted session-numbers">
      {t('carriers.sessions.numbers', { count: numbers.length, numbers: named.map(formatPhone).join(', ') })}
      {rest > 0 && (
        <>
          {' '}
          <button type="button" className="link" onClick={() => setAll(true)}>
            {t('carriers.sessions.more', { count: rest })}
          </button>
        </>
      )}
    </p>
  );
}

/**
 * Every carrier account's browser session, each with "Sign out and clear". Only the desktop app has carrier
 * windows; in a browser the list still shows which numbers share an account, with a word on why there is
 * nothing to clear.
 */
export function CarrierSessions({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const notify = useNotify();
  const [sessions, setSessions] = useState<CarrierSession[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [clearing, setClearing] = useState<CarrierSession | null>(null);
  const [desktop] = useState(() => window.keepline !== undefined);

  useEffect(() => {
    let live = true;
    void call('carriers.sessions', {}).then((answer) => {
      if (!live) return;
      if (answer.ok) setSessions(answer.value.items);
      else setError(errorMessage(answer.error, locale));
    });
    return () => {
      live = false;
    };
  }, [locale]);

  const clear = async (session: CarrierSession): Promise<string | null> => {
    const answer = await call('carriers.clearSession', { partition: session.partition });
    if (!answer.ok) return errorMessage(answer.error, locale);
    notify(answer.value.cleared ? t('carriers.sessions.cleared', { carrier: session.carrier }) : t('carriers.sessions.onlyDesktop'));
    setClearing(null);
    return null;
  };

  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="card settings-card carrier-sessions" aria-labelledby="carrier-sessions-title">
      <Heading id="carrier-sessions-title">{t('carriers.sessions.title')}</Heading>
      <p className="muted">{t('carriers.sessions.intro')}</p>
      {!desktop && <p className="banner">{t('carriers.sessions.onlyDesktop')}</p>}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {sessions === null && !error && <p className="loading">{t('app.loading')}</p>}
      {sessions?.length === 0 && <p className="muted">{t('carriers.sessions.none')}</p>}
      {sessions && sessions.length > 0 && (
        <ul className="session-list">
          {sessions.map((session) => (
            <li key={session.partition} className="session-item">
              <div>
                <p className="session-carrier">{session.carrier}</p>
                <p className="muted">
                  {session.accountRef ? t('carriers.sessions.account', { account: session.accountRef }) : t('carriers.sessions.noAccount')}
                </p>
                <SessionNumbers numbers={session.numbers} />
              </div>
              {desktop && (
                <button type="button" className="danger-quiet" onClick={() => setClearing(session)}>
                  <LogOut aria-hidden="true" size={16} />
                  {t('carriers.sessions.clear')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {clearing && (
        <ConfirmDialog
          title={t('carriers.sessions.confirmTitle', { carrier: clearing.carrier })}
          body={t('carriers.sessions.confirmBody')}
          confirmLabel={t('carriers.sessions.confirm')}
          danger
          cancelLabel={t('carriers.sessions.cancel')}
          onConfirm={() => clear(clearing)}
          onClose={() => setClearing(null)}
        />
      )}
    </section>
  );
}
