import { MAX_RECEIPT_BYTES, RECEIPT_TYPES } from '#shared/carriers.ts';
import { call } from './client.ts';

type ReceiptType = (typeof RECEIPT_TYPES)[number];

export function receiptProblem(file: File): 'tooBig' | 'wrongType' | null {
  if (file.size > MAX_RECEIPT_BYTES) return 'tooBig';
  return (RECEIPT_TYPES as readonly string[]).includes(file.type) ? null : 'wrongType';
}

async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Sends a receipt to be kept with an event; the core checks its type and size again. */
export async function attachReceipt(eventId: number, file: File) {
  return call('events.attachReceipt', {
    eventId,
    fileName: file.name,
    mediaType: file.type as ReceiptType,
    dataBase64: await base64Of(file),
  });
}
