import { useEffect, useState } from 'react';
import type { DownloadedReceipt } from '#shared/carriers.ts';
import type { EventView } from '#shared/events.ts';
import type { NumberView } from '#shared/numbers.ts';
import { call } from '../../api/client.ts';
import { useNotify } from '../../app/notices.ts';
import { RecordEventDialog } from './RecordEventDialog.tsx';
import { useRecordedNotice } from './useRecordedNotice.ts';

interface QuickRenewalProps {
  numberId: number;
  onClose: () => void;
  /** After the renewal is recorded, so the caller can reload what it shows. */
  onRecorded: () => void;
  /** Set after the carrier's renewal window: what its page downloaded that could be the receipt. */
  downloaded?: DownloadedReceipt[];
}

/** The record-renewal dialog opened from a list or the dashboard: loads the number, then the usual dialog. */
export function QuickRenewal({ numberId, onClose, onRecorded, downloaded }: QuickRenewalProps) {
  const notify = useNotify();
  const recordedNotice = useRecordedNotice();
  const [number, setNumber] = useState<NumberView | null>(null);
  useEffect(() => {
    let live = true;
    void call('numbers.get', { id: numberId }).then((answer) => {
      if (!live) return;
      if (answer.ok) setNumber(answer.value);
      else {
        notify(answer.error.message, 'error');
        onClose();
      }
    });
    return () => {
      live = false;
    };
  }, [numberId, notify, onClose]);
  if (!number) return null;
  const recorded = (event: EventView) => {
    recordedNotice(event, onRecorded);
    onClose();
    onRecorded();
  };
  return (
    <RecordEventDialog
      number={number}
      initialKind="renewal"
      source={downloaded ? 'renewal_window' : 'manual'}
      downloaded={downloaded}
      onClose={onClose}
      onRecorded={recorded}
    />
  );
}
