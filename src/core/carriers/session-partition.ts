import { createHash } from 'node:crypto';

/** The same account typed twice ("ACC 1", " acc 1 ") is one account. */
function normalize(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The persistent Electron session of one carrier account: numbers that share the carrier and account share
 * it, two accounts never do. The name is a hash, so no carrier or account text reaches a folder name.
 * `carrierKey` is the carrier's id when the number's carrier is known, else its name.
 */
export function carrierPartition(carrierKey: string, accountRef: string): string {
  const digest = createHash('sha256').update(JSON.stringify([normalize(carrierKey), normalize(accountRef)])).digest('hex');
  return `persist:carrier-${digest.slice(0, 32)}`;
}

export const CARRIER_PARTITION_PATTERN = /^persist:carrier-[0-9a-f]{32}$/;
