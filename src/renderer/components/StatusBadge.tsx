import { CircleCheck, CircleDashed, CircleX, Clock, TriangleExclamationPoint } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Status } from '#shared/numbers.ts';

type Look = 'ok' | 'due_soon' | 'grace' | 'lost' | 'none';

const ICONS = { ok: CircleCheck, due_soon: Clock, grace: TriangleExclamationPoint, lost: CircleX, none: CircleDashed };

/** The status as colour, icon and word together, so it never depends on colour alone. */
export function StatusBadge({ status, hasDeadline }: { status: Status; hasDeadline: boolean }) {
  const { t } = useTranslation();
  const look: Look = hasDeadline ? status.state : 'none';
  const Icon = ICONS[look];
  const word =
    look === 'grace' && status.phaseName ? t('status.graceNamed', { phase: status.phaseName }) : t(`status.${look}`);
  return (
    <span className={`status status-${look}`} title={word}>
      <Icon aria-hidden="true" size={16} />
      <span>{word}</span>
    </span>
  );
}
