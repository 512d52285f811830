import { ShieldAlert, ShieldCheck, ShieldHalf, UserRound, type LucideIcon } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Confidence } from '#shared/carriers.ts';

const ICONS: Record<Confidence, LucideIcon> = { high: ShieldCheck, medium: ShieldHalf, low: ShieldAlert, user: UserRound };

/** How sure the research is, as an icon and a word (never colour alone). */
export function ConfidenceBadge({ level }: { level: Confidence }) {
  const { t } = useTranslation();
  const Icon = ICONS[level];
  return (
    <span className={`confidence confidence-${level}`}>
      <Icon aria-hidden="true" size={14} />
      {t(`carriers.confidence.${level}`)}
    </span>
  );
}
