import { CircleCheck, CircleDashed, CircleX, Clock, TriangleExclamationPoint } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { Status } from '#shared/numbers.ts';

type Look = 'ok' | 'due_soon' | 'grace' | 'lost' | 'none';

const ICONS = { ok: CircleCheck, due_soon: Clock, grace: TriangleExclamationPoint, lost: CircleX, none: CircleDashed };

interface StatusBadgeProps {
  status: Status;
  hasDeadline: boolean;
  /** In a narrow column a grace phase shows by its name alone ("Suspended"); colour and icon say grace. */
  compact?: boolean;
}

/** The status as colour, icon and word together, so it never depends on colour alone. */
export function StatusBadge({ status, hasDeadline, compact = false }: StatusBadgeProps) {
  const { t } = useTranslation();
  const look: Look = hasDeadline ? status.state : 'none';
  const Icon = ICONS[look];
  const phase = look === 'grace' ? status.phaseName : null;
  const word = phase ? t('status.graceNamed', { phase }) : t(`status.${look}`);
  return (
    <span className={`status status-${look}`} title={word}>
      <Icon aria-hidden="true" size={16} />
      {compact && phase ? (
        <>
          <span className="sr-only">{word}</span>
          <span aria-hidden="true">{phase}</span>
        </>
      ) : (
        <span>{word}</span>
      )}
    </span>
  );
}
