import type { BackupFile } from '#core/backup/backup-files.ts';
import { KeeplineError } from '#core/errors.ts';
import type { Locale } from '#shared/locale.ts';
import { codeMessage } from '#shared/messages.ts';

const WORDS = {
  en: {
    offer: 'Keepline can put its newest verified backup, taken {when}, in place of the damaged file. The damaged file is kept beside it, untouched.',
    restore: 'Restore the backup',
    quit: 'Quit',
    restored: 'Keepline is back on the backup taken {when}. The damaged file was kept at {kept}.',
  },
  'zh-CN': {
    offer: 'Keepline 可以用最新的已验证备份（{when}）替换已损坏的文件。损坏的文件会原样保留在旁边。',
    restore: '恢复该备份',
    quit: '退出',
    restored: 'Keepline 已恢复到 {when} 的备份。损坏的文件保留在 {kept}。',
  },
} as const;

function when(takenAt: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(takenAt));
}

/** What the error box says when the database cannot be opened, and whether a backup can be offered. */
export type StartupFailure =
  | { kind: 'fail'; title: string; content: string }
  | { kind: 'offer-restore'; title: string; content: string; buttons: [restore: string, quit: string]; backup: BackupFile };

/**
 * Core's refusals (damaged, newer, emptied file) carry their own translated sentence. A damaged or emptied
 * file with an intact backup is offered a restore, so the app never starts into the same refusal again;
 * anything else is named so the user can report it.
 */
export function startupFailure(error: unknown, locale: Locale, newestIntact: BackupFile | null): StartupFailure {
  if (!(error instanceof KeeplineError)) {
    const detail = error instanceof Error ? error.message : String(error);
    return { kind: 'fail', title: 'Keepline', content: `${codeMessage('internal', locale)}\n\n${detail}` };
  }
  const content = error.toApiError(locale).message;
  if (error.code !== 'database_corrupt' || !newestIntact) return { kind: 'fail', title: 'Keepline', content };
  const words = WORDS[locale];
  return {
    kind: 'offer-restore',
    title: 'Keepline',
    content: `${content}\n\n${words.offer.replace('{when}', when(newestIntact.takenAt, locale))}`,
    buttons: [words.restore, words.quit],
    backup: newestIntact,
  };
}

export function restoredMessage(takenAt: string, keptAt: string | null, locale: Locale): string {
  return WORDS[locale].restored.replace('{when}', when(takenAt, locale)).replace('{kept}', keptAt ?? '—');
}
