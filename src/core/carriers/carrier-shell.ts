/** What the window a renewal opens needs to show in Keepline's bar above the carrier's page. */
export interface RenewalWindowRequest {
  numberId: number;
  partition: string;
  url: string;
  number: string;
  label: string;
  deadlineOn: string | null;
  deadlineEndsAt: string | null;
  timeZone: string;
}

import type { DownloadedReceipt } from '#shared/carriers.ts';
import type { ReceiptFile } from './receipts.ts';

/** How a renewal window ended, and the receipts its page downloaded meanwhile (newest first). */
export interface RenewalWindowOutcome {
  outcome: 'record' | 'closed';
  receipts: DownloadedReceipt[];
}

/**
 * The desktop shell's carrier windows, as core sees them. Absent over HTTP (`npm run web`): the browser
 * opens the carrier's page in a tab of its own instead.
 */
export interface CarrierShell {
  /** Opens the renewal window; settles when the user presses "Record renewal" or closes it. */
  openRenewal(request: RenewalWindowRequest): Promise<RenewalWindowOutcome>;
  /** A receipt a renewal window downloaded, read from where it was saved; null if unknown or gone. */
  readReceipt(id: string): Promise<ReceiptFile | null>;
  /** Signs out of one carrier account: clears every cookie and storage of its partition. */
  clearSession(partition: string): Promise<void>;
}
