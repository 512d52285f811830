import { sanitizeFileName } from '#core/carriers/receipts.ts';

/** A download a carrier page finished, where the user saved it. */
export interface CompletedDownload {
  savePath: string;
  /** The name the page suggested, and the type it declared. */
  fileName: string;
  mimeType: string;
  size: number;
}

export interface DownloadPlan {
  /** Offered in the save dialog; the user picks the folder and may change it. */
  defaultName: string;
  filters: { name: string; extensions: string[] }[];
}

/**
 * How a download from a carrier page is saved: always through a save dialog (never a silent save), under a
 * sanitized name, and never opened or run afterwards.
 */
export function planDownload(suggestedName: string, mimeType: string): DownloadPlan {
  const defaultName = sanitizeFileName(suggestedName, mimeType === 'application/pdf' ? 'receipt.pdf' : 'download');
  const extension = /\.([A-Za-z0-9]{1,8})$/.exec(defaultName)?.[1];
  return { defaultName, filters: extension ? [{ name: extension.toUpperCase(), extensions: [extension] }] : [] };
}
