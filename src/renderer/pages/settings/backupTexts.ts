import type { TFunction } from 'i18next';
import type { Output } from '#shared/contract.ts';
import type { Locale } from '#shared/locale.ts';
import { formatInstant } from '../../format/instant.ts';

/** Why a backup was taken, in words: daily, by you, before an import, before an update... */
export function backupReasonText(reason: string, t: TFunction): string {
  return /^before-v\d+$/.test(reason)
    ? t('data.backups.reasons.migration')
    : t(`data.backups.reasons.${reason}` as 'data.backups.reasons.daily', { defaultValue: reason });
}

/** "A backup failed (Daily, Dec 7, 2026, 4:29 PM). Part of the database file is damaged ..." */
export function backupFailureText(failure: NonNullable<Output<'backups.list'>['lastFailure']>, t: TFunction, locale: Locale): string {
  return t('data.backups.failed', { reason: backupReasonText(failure.reason, t), when: formatInstant(failure.at, locale), message: failure.message });
}
