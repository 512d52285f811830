import { attachmentRowsOfNumber, insertAttachmentRow } from '../db/attachments-repo.ts';
import { eventById } from '../db/events-repo.ts';
import { invalidField, KeeplineError, notFound } from '../errors.ts';
import type { HandlerContext } from '../context.ts';
import { attachmentsDir, storeReceipt, type ReceiptFile } from '../carriers/receipts.ts';
import type { AttachmentView } from '#shared/carriers.ts';
import { sessionOf } from './carriers.ts';
import { requireNumber } from './numbers.ts';
import type { Handlers } from './types.ts';

function targetOf(ctx: HandlerContext, numberId: number) {
  const row = requireNumber(ctx, numberId);
  const { carrier, partition } = sessionOf(ctx, row.carrier, row.country, row.account_ref);
  return { row, target: { numberId, carrierId: carrier?.id ?? null, carrierName: carrier?.name ?? row.carrier, url: carrier?.renewalUrl ?? null, partition } };
}

export const renewalHandlers = {
  'renewals.target': ({ numberId }, ctx) => targetOf(ctx, numberId).target,

  'renewals.open': async ({ numberId }, ctx) => {
    const { row, target } = targetOf(ctx, numberId);
    if (!target.url) throw invalidField('carrier', 'no_renewal_url');
    if (!ctx.carrierShell) return { outcome: 'unavailable' as const, url: target.url, receipts: [] };
    const outcome = await ctx.carrierShell.openRenewal({
      numberId,
      partition: target.partition,
      url: target.url,
      number: row.e164,
      label: row.label,
      deadlineOn: row.deadline_on,
      deadlineEndsAt: row.deadline_ends_at,
      timeZone: row.time_zone,
    });
    return { outcome: outcome.outcome, url: target.url, receipts: outcome.receipts };
  },

  'events.attachReceipt': ({ eventId, fileName, mediaType, dataBase64 }, ctx) =>
    keepReceipt(ctx, eventId, { fileName, mediaType, bytes: Buffer.from(dataBase64, 'base64') }, 'dataBase64'),

  'events.attachDownloadedReceipt': async ({ eventId, receiptId }, ctx) => {
    // Only the desktop shell knows where the renewal window saved it; the page never names a path.
    const file = ctx.carrierShell ? await ctx.carrierShell.readReceipt(receiptId) : null;
    if (!file) throw new KeeplineError('not_found', { what: 'receipt' });
    return keepReceipt(ctx, eventId, file, 'receiptId');
  },

  'events.attachments': ({ numberId }, ctx) => {
    requireNumber(ctx, numberId);
    const items = attachmentRowsOfNumber(ctx.db, numberId).map((row) => ({
      id: row.id,
      eventId: row.event_id,
      fileName: row.file_name,
      mediaType: row.media_type,
      size: row.size,
      createdAt: row.created_at,
    }));
    return { items };
  },
} satisfies Partial<Handlers>;

/** Stores the file beside the database and its row in one step: nothing half-attached stays behind. */
function keepReceipt(ctx: HandlerContext, eventId: number, file: ReceiptFile, field: 'dataBase64' | 'receiptId'): AttachmentView {
  if (!eventById(ctx.db, eventId)) throw notFound('event');
  const { mediaType } = file;
  const stored = storeReceipt(attachmentsDir(ctx.config.databasePath), file, field);
  try {
    const createdAt = ctx.clock.now().toISOString();
    const id = ctx.db
      .transaction(() => {
        if (!eventById(ctx.db, eventId)) throw notFound('event');
        return insertAttachmentRow(ctx.db, {
          event_id: eventId,
          file_name: stored.fileName,
          stored_name: stored.storedName,
          media_type: mediaType,
          size: stored.size,
          sha256: stored.sha256,
          created_at: createdAt,
        });
      })
      .immediate();
    return { id, eventId, fileName: stored.fileName, mediaType, size: stored.size, createdAt };
  } catch (error) {
    stored.remove();
    throw error;
  }
}
