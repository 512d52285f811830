// The receipts renewal windows downloaded in this run of the app. The record form is offered each one by
// an id; only here is it known where the user saved it, so the page can never make the app read any other
// file.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { sanitizeFileName, type ReceiptFile, type ReceiptType } from '#core/carriers/receipts.ts';
import { MAX_RECEIPT_BYTES, type DownloadedReceipt } from '#shared/carriers.ts';
import type { CompletedDownload } from './downloads.ts';

const BY_MIME_TYPE: Record<string, ReceiptType> = { 'application/pdf': 'application/pdf', 'image/png': 'image/png', 'image/jpeg': 'image/jpeg' };
const BY_EXTENSION: Record<string, ReceiptType> = { pdf: 'application/pdf', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg' };

/** A receipt's type by the type the page declared, else by the saved file's extension; null for anything else. */
export function receiptTypeOf(download: Pick<CompletedDownload, 'mimeType' | 'savePath'>): ReceiptType | null {
  const declared = BY_MIME_TYPE[download.mimeType.split(';')[0]!.trim().toLowerCase()];
  return declared ?? BY_EXTENSION[path.extname(download.savePath).slice(1).toLowerCase()] ?? null;
}

/** At most this much is read: anything longer is refused as too big without reading it all. */
async function readAtMost(file: string, limit: number): Promise<Buffer> {
  const handle = await fs.open(file, 'r');
  try {
    const buffer = Buffer.alloc(limit);
    const { bytesRead } = await handle.read(buffer, 0, limit, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

export interface DownloadedReceipts {
  /** Registers a completed download if it could be a receipt (PDF, PNG or JPEG); null otherwise. */
  add(download: CompletedDownload): DownloadedReceipt | null;
  /** The file as it is now on disk; null for an id never given out, or a file moved or deleted since. */
  read(id: string): Promise<ReceiptFile | null>;
}

export function downloadedReceipts(): DownloadedReceipts {
  const saved = new Map<string, { savePath: string; fileName: string; mediaType: ReceiptType }>();
  return {
    add(download) {
      const mediaType = receiptTypeOf(download);
      if (mediaType === null) return null;
      const id = randomUUID();
      // The name the user saved it under is the one they will recognize.
      const fileName = sanitizeFileName(path.basename(download.savePath), sanitizeFileName(download.fileName, 'receipt'));
      saved.set(id, { savePath: download.savePath, fileName, mediaType });
      return { id, fileName, mediaType, size: download.size };
    },
    async read(id) {
      const entry = saved.get(id);
      if (!entry) return null;
      try {
        return { fileName: entry.fileName, mediaType: entry.mediaType, bytes: await readAtMost(entry.savePath, MAX_RECEIPT_BYTES + 1) };
      } catch {
        return null;
      }
    },
  };
}
