import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog.tsx';

const KEYS = [
  { keys: ['N'], what: 'new' },
  { keys: ['/'], what: 'search' },
  { keys: ['down', 'enter'], what: 'toResults' },
  { keys: ['R'], what: 'record' },
  { keys: ['up', 'down'], what: 'move' },
  { keys: ['enter'], what: 'openRow' },
  { keys: ['space'], what: 'select' },
  { keys: ['esc'], what: 'close' },
  { keys: ['?'], what: 'help' },
] as const;

type KeyName = 'up' | 'down' | 'enter' | 'space' | 'esc';
const NAMED = new Set<string>(['up', 'down', 'enter', 'space', 'esc']);

/** Every keyboard shortcut, opened with `?`. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('dashboard.shortcuts.title')} onClose={onClose} className="shortcuts-dialog">
      <dl className="shortcut-list">
        {KEYS.map(({ keys, what }) => (
          <div key={what}>
            <dt>
              {keys.map((key) => (
                <kbd key={key}>{NAMED.has(key) ? t(`dashboard.shortcuts.keyNames.${key as KeyName}`) : key}</kbd>
              ))}
            </dt>
            <dd>{t(`dashboard.shortcuts.keys.${what}`)}</dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}
