/** How secrets can be protected on this machine, from what safeStorage reports. Pure: tested without Electron. */
export function secretProtection(facts: { encryptionAvailable: boolean; linuxBackend: string | null }): 'os-keychain' | 'plain-text-backend' {
  if (!facts.encryptionAvailable) return 'plain-text-backend';
  // On Linux without a keyring Electron falls back to a hard-coded key ("basic_text"): no real protection.
  return facts.linuxBackend === 'basic_text' || facts.linuxBackend === 'unknown' ? 'plain-text-backend' : 'os-keychain';
}
