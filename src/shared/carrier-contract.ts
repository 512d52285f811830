// The carrier and renewal methods of the contract (issue 6), spread into `contract` in contract.ts.
import * as z from 'zod';
import { AttachmentView, CarrierId, CarrierSave, CarrierSession, CarrierSummary, CarrierView, DownloadedReceipt, ReceiptUpload, RenewalTarget, RuleSuggestion } from './carriers.ts';
import { Id } from './primitives.ts';

const READ = ['invalid_input'] as const;
const READ_ONE = ['invalid_input', 'not_found'] as const;
const ByCarrier = z.strictObject({ id: CarrierId });
const ByNumber = z.strictObject({ numberId: Id });

export const carrierContract = {
  /** The bundled catalog (with the user's edits merged) and the user's own carriers, searchable. */
  'carriers.list': {
    errors: READ,
    input: z.strictObject({
      search: z.string().max(100).default(''),
      origin: z.enum(['all', 'catalog', 'user']).default('all'),
    }),
    output: z.object({ items: z.array(CarrierSummary) }),
  },
  'carriers.get': { errors: READ_ONE, input: ByCarrier, output: CarrierView },
  'carriers.save': { errors: READ_ONE, input: CarrierSave, output: CarrierView },
  /** Deletes the user's carrier, or forgets the user's edits of a catalog one. */
  'carriers.delete': { errors: READ_ONE, input: ByCarrier, output: z.object({ deleted: CarrierId }) },
  /** What picking this carrier would prefill on a number, with how sure the research is. */
  'carriers.suggestRule': { errors: READ_ONE, input: ByCarrier, output: RuleSuggestion },
  /** Every carrier account the numbers name: one persistent browser session each. */
  'carriers.sessions': { errors: READ, input: z.strictObject({}), output: z.object({ items: z.array(CarrierSession) }) },
  /** Signs out of one carrier account (desktop app only; `cleared: false` elsewhere). */
  'carriers.clearSession': {
    errors: READ,
    input: z.strictObject({ partition: z.string().regex(/^persist:carrier-[0-9a-f]{32}$/) }),
    output: z.object({ cleared: z.boolean() }),
  },
  /** Which page a renewal of this number opens, in which session. */
  'renewals.target': { errors: READ_ONE, input: ByNumber, output: RenewalTarget },
  /**
   * Opens the carrier's page in its own window (desktop app) and answers when the user records the
   * renewal or closes it; `unavailable` where there is no such window (the browser opens a tab instead).
   * `receipts`: what the page downloaded meanwhile that could be the receipt, newest first.
   */
  'renewals.open': {
    errors: READ_ONE,
    input: ByNumber,
    output: z.object({ outcome: z.enum(['record', 'closed', 'unavailable']), url: z.string(), receipts: z.array(DownloadedReceipt) }),
  },
  /** Keeps a receipt the renewal window downloaded with an event, checked as an uploaded one is. */
  'events.attachDownloadedReceipt': {
    errors: READ_ONE,
    input: z.strictObject({ eventId: Id, receiptId: DownloadedReceipt.shape.id }),
    output: AttachmentView,
  },
  /** Keeps a receipt (PDF, PNG or JPEG, at most 10 MB) with an event, in a folder beside the database. */
  'events.attachReceipt': { errors: READ_ONE, input: ReceiptUpload, output: AttachmentView },
  'events.attachments': { errors: READ_ONE, input: ByNumber, output: z.object({ items: z.array(AttachmentView) }) },
} as const;
