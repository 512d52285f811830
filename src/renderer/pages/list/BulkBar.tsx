import { Archive, ArchiveArrowUp, Download, Tag, Tags, Activity, Wand, X } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_TYPES, type ActivityType } from '#shared/rules.ts';

export type BulkAction =
  | { type: 'tag'; tag: string }
  | { type: 'untag'; tag: string }
  | { type: 'archive'; archived: boolean }
  | { type: 'activity'; activityType: ActivityType }
  | { type: 'carrierRules' }
  | { type: 'export' };

interface BulkBarProps {
  count: number;
  busy: boolean;
  /** Whether the selection holds archived numbers (then Unarchive is offered). */
  archivedShown: boolean;
  onAction: (action: BulkAction) => void;
  onClear: () => void;
}

/** What can be done to every selected number at once. */
export function BulkBar({ count, busy, archivedShown, onAction, onClear }: BulkBarProps) {
  const { t } = useTranslation();
  const [tag, setTag] = useState('');
  const [activityType, setActivityType] = useState<ActivityType>('call');
  const trimmed = tag.trim();
  return (
    <section className="bulk-bar" aria-label={t('listing.selection.actions')}>
      <p className="bulk-count" aria-live="polite">
        {t('listing.selection.selected', { count })}
      </p>
      <div className="bulk-group">
        <label htmlFor="bulk-tag">{t('listing.bulk.tagName')}</label>
        <input id="bulk-tag" type="text" maxLength={40} value={tag} onChange={(event) => setTag(event.target.value)} />
        <button type="button" className="secondary" disabled={busy || !trimmed} onClick={() => onAction({ type: 'tag', tag: trimmed })}>
          <Tag aria-hidden="true" size={16} />
          {t('listing.bulk.addTag')}
        </button>
        <button type="button" className="secondary" disabled={busy || !trimmed} onClick={() => onAction({ type: 'untag', tag: trimmed })}>
          <Tags aria-hidden="true" size={16} />
          {t('listing.bulk.removeTag')}
        </button>
      </div>
      <div className="bulk-group">
        <label htmlFor="bulk-activity">{t('listing.bulk.activityType')}</label>
        <select id="bulk-activity" value={activityType} onChange={(event) => setActivityType(event.target.value as ActivityType)}>
          {ACTIVITY_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`event.activityTypes.${type}`)}
            </option>
          ))}
        </select>
        <button type="button" className="secondary" disabled={busy} onClick={() => onAction({ type: 'activity', activityType })}>
          <Activity aria-hidden="true" size={16} />
          {t('listing.bulk.recordActivity')}
        </button>
      </div>
      <div className="bulk-group">
        <button type="button" className="secondary" disabled={busy} title={t('listing.bulk.carrierRulesHint')} onClick={() => onAction({ type: 'carrierRules' })}>
          <Wand aria-hidden="true" size={16} />
          {t('listing.bulk.carrierRules')}
        </button>
        <button type="button" className="secondary" disabled={busy} onClick={() => onAction({ type: 'archive', archived: !archivedShown })}>
          {archivedShown ? <ArchiveArrowUp aria-hidden="true" size={16} /> : <Archive aria-hidden="true" size={16} />}
          {archivedShown ? t('listing.bulk.unarchive') : t('listing.bulk.archive')}
        </button>
        <button type="button" className="secondary" disabled={busy} title={t('listing.bulk.exportHint')} onClick={() => onAction({ type: 'export' })}>
          <Download aria-hidden="true" size={16} />
          {t('listing.bulk.export')}
        </button>
        <button type="button" className="link" onClick={onClear}>
          <X aria-hidden="true" size={16} />
          {t('listing.selection.clear')}
        </button>
      </div>
    </section>
  );
}
