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

/**
 * The desktop shell's carrier windows, as core sees them. Absent over HTTP (`npm run web`): the browser
 * opens the carrier's page in a tab of its own instead.
 */
export interface CarrierShell {
  /** Opens the renewal window; settles when the user presses "Record renewal" or closes it. */
  openRenewal(request: RenewalWindowRequest): Promise<'record' | 'closed'>;
  /** Signs out of one carrier account: clears every cookie and storage of its partition. */
  clearSession(partition: string): Promise<void>;
}
