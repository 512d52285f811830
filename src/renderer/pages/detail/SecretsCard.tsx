import { Eye, EyeOff, KeyRound, Trash2 } from 'lucide-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Output } from '#shared/contract.ts';
import { SECRET_KINDS, type SecretKind } from '#shared/secrets.ts';
import { call } from '../../api/client.ts';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { useNotify } from '../../app/notices.ts';
import { errorMessage } from '../../forms/errors.ts';
import { formatInstant } from '../../format/instant.ts';
import { useLocale } from '../../i18n/setup.ts';
import '../../styles/data.css';

type SecretList = Output<'secrets.list'>;

/**
 * A number's PUK, PIN, eSIM code and password hint: listed without values, revealed only on a click. Deleting one
 * asks first: it may be the user's only copy, and there is no undo.
 */
export function SecretsCard({ numberId, number }: { numberId: number; number: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const notify = useNotify();
  const [list, setList] = useState<SecretList | null>(null);
  const [revealed, setRevealed] = useState<Partial<Record<SecretKind, string>>>({});
  const [kind, setKind] = useState<SecretKind>('puk');
  const [value, setValue] = useState('');
  const [acceptPlain, setAcceptPlain] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState<SecretKind | null>(null);

  const load = useCallback(async () => {
    const answer = await call('secrets.list', { numberId });
    if (answer.ok) setList(answer.value);
    else setError(errorMessage(answer.error, locale));
  }, [numberId, locale]);
  useEffect(() => {
    void load();
  }, [load]);

  const kindName = (which: SecretKind) => t(`data.secrets.kinds.${which}`);
  const plain = list?.protection === 'plain-text-backend';

  const save = async () => {
    setBusy(true);
    setError(null);
    const answer = await call('secrets.set', { numberId, kind, value, acceptPlainTextBackend: plain ? acceptPlain : false });
    setBusy(false);
    if (!answer.ok) return setError(errorMessage(answer.error, locale));
    setValue('');
    setRevealed(({ [kind]: _gone, ...rest }) => rest);
    notify(t('data.secrets.saved', { kind: kindName(kind) }));
    await load();
  };
  const reveal = async (which: SecretKind) => {
    if (revealed[which] !== undefined) return setRevealed(({ [which]: _gone, ...rest }) => rest);
    const answer = await call('secrets.reveal', { numberId, kind: which });
    if (!answer.ok) return setError(errorMessage(answer.error, locale));
    setRevealed((current) => ({ ...current, [which]: answer.value.value }));
  };
  const remove = async (which: SecretKind): Promise<string | null> => {
    const answer = await call('secrets.delete', { numberId, kind: which });
    if (!answer.ok) return errorMessage(answer.error, locale);
    setConfirmingDelete(null);
    setRevealed(({ [which]: _gone, ...rest }) => rest);
    notify(t('data.secrets.deleted', { kind: kindName(which) }));
    await load();
    return null;
  };

  return (
    <section className="card" aria-labelledby="secrets-title">
      <h2 id="secrets-title">
        <KeyRound aria-hidden="true" size={18} /> {t('data.secrets.title')}
      </h2>
      <p className="muted">{t('data.secrets.intro')}</p>
      {list && list.items.length === 0 && <p className="muted">{t('data.secrets.empty')}</p>}
      {list && list.items.length > 0 && (
        <ul className="secret-list">
          {list.items.map((item) => (
            <li key={item.kind} className="secret-item" data-kind={item.kind}>
              <strong>{kindName(item.kind)}</strong>
              {!item.readable ? (
                <span className="warning-text">{t('data.secrets.unreadable')}</span>
              ) : revealed[item.kind] !== undefined ? (
                <code className="secret-value">{revealed[item.kind]}</code>
              ) : (
                <span aria-hidden="true">••••••</span>
              )}
              <span className="muted">{t('data.secrets.updated', { when: formatInstant(item.updatedAt, locale) })}</span>
              <span className="row-actions">
                {item.readable && (
                  <button type="button" className="secondary small" onClick={() => void reveal(item.kind)}>
                    {revealed[item.kind] !== undefined ? <EyeOff aria-hidden="true" size={14} /> : <Eye aria-hidden="true" size={14} />}
                    {revealed[item.kind] !== undefined ? t('data.secrets.hide') : t('data.secrets.reveal')}
                    <span className="sr-only"> {kindName(item.kind)}</span>
                  </button>
                )}
                <button type="button" className="danger-quiet small" onClick={() => setConfirmingDelete(item.kind)}>
                  <Trash2 aria-hidden="true" size={14} />
                  {t('data.secrets.delete')}
                  <span className="sr-only"> {kindName(item.kind)}</span>
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <form
        className="secret-form"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <h3>{t('data.secrets.add')}</h3>
        {plain && (
          <div className="banner" role="note">
            <div>
              <strong>{t('data.secrets.plainTitle')}</strong>
              <p>{t('data.secrets.plainBody')}</p>
              <label className="check">
                <input type="checkbox" checked={acceptPlain} onChange={(event) => setAcceptPlain(event.target.checked)} />
                {t('data.secrets.plainAccept')}
              </label>
            </div>
          </div>
        )}
        {list?.protection === 'key-file' && <p className="hint">{t('data.secrets.keyFile')}</p>}
        <div className="export-row">
          <label className="field">
            <span>{t('data.secrets.kind')}</span>
            <select value={kind} onChange={(event) => setKind(event.target.value as SecretKind)}>
              {SECRET_KINDS.map((which) => (
                <option key={which} value={which}>
                  {kindName(which)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('data.secrets.value')}</span>
            <input type="password" autoComplete="off" spellCheck={false} maxLength={500} value={value} onChange={(event) => setValue(event.target.value)} />
          </label>
          <button type="submit" className="secondary" disabled={busy || value.trim() === '' || (plain && !acceptPlain)}>
            {list?.items.some((item) => item.kind === kind) ? t('data.secrets.replace') : t('data.secrets.save')}
          </button>
        </div>
      </form>
      {error && <p className="form-error" role="alert">{error}</p>}
      {confirmingDelete && (
        <ConfirmDialog
          title={t('data.secrets.confirmDeleteTitle', { kind: kindName(confirmingDelete) })}
          body={t('data.secrets.confirmDeleteBody', { kind: kindName(confirmingDelete), number })}
          confirmLabel={t('data.secrets.confirmDelete')}
          cancelLabel={t('data.secrets.keep')}
          danger
          onConfirm={() => remove(confirmingDelete)}
          onClose={() => setConfirmingDelete(null)}
        />
      )}
    </section>
  );
}
