import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { MAX_RECEIPT_BYTES, RECEIPT_TYPES } from '#shared/carriers.ts';
import { invalidField } from '../errors.ts';

export type ReceiptType = (typeof RECEIPT_TYPES)[number];

/** A receipt's file as read: uploaded by the page, or downloaded in a renewal window. */
export interface ReceiptFile {
  fileName: string;
  mediaType: ReceiptType;
  bytes: Buffer;
}

const EXTENSIONS: Record<ReceiptType, string> = { 'application/pdf': 'pdf', 'image/png': 'png', 'image/jpeg': 'jpg' };

/** What the first bytes of each allowed type must be: the declared type alone proves nothing. */
function looksLike(type: ReceiptType, bytes: Buffer): boolean {
  if (type === 'application/pdf') return bytes.subarray(0, 5).toString('latin1') === '%PDF-';
  if (type === 'image/png') return bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
}

/** A name safe to show and to offer when saving: no folders, no control or reserved characters. */
export function sanitizeFileName(name: string, fallback: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = Array.from(base, (char) => (char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f ? '_' : char))
    .join('')
    .replace(/[<>:"|?*\u202a-\u202e\u2066-\u2069]/g, '_')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 120);
  return cleaned === '' ? fallback : cleaned;
}

export interface StoredReceipt {
  storedName: string;
  fileName: string;
  size: number;
  sha256: string;
  remove(): void;
}

/**
 * Checks and writes a receipt into `dir` (created on demand) under a random name; never overwrites. A
 * problem with the bytes is named on `field` (the upload's data, or the downloaded receipt's id).
 */
export function storeReceipt(dir: string, { fileName, mediaType, bytes }: ReceiptFile, field: 'dataBase64' | 'receiptId'): StoredReceipt {
  if (bytes.length === 0) throw invalidField(field, 'required');
  if (bytes.length > MAX_RECEIPT_BYTES) throw invalidField(field, 'too_big', { max: '10 MB' });
  if (!looksLike(mediaType, bytes)) throw invalidField(field === 'dataBase64' ? 'mediaType' : field, 'file_type_mismatch');
  fs.mkdirSync(dir, { recursive: true });
  const storedName = `${randomUUID()}.${EXTENSIONS[mediaType]}`;
  const target = path.join(dir, storedName);
  fs.writeFileSync(target, bytes, { flag: 'wx' });
  return {
    storedName,
    fileName: sanitizeFileName(fileName, `receipt.${EXTENSIONS[mediaType]}`),
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    remove: () => fs.rmSync(target, { force: true }),
  };
}

export function attachmentsDir(databasePath: string): string {
  return path.join(path.dirname(databasePath), 'attachments');
}
