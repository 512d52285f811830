import { join } from 'node:path';
import { safeStorage } from 'electron';
import type { SecretCipher } from '#core/secrets/cipher.ts';
import { keyFileCipher } from '#core/secrets/key-file-cipher.ts';
import { secretProtection } from './secret-protection.ts';

/**
 * Secrets encrypted by the OS keychain through safeStorage. Where it offers none, a key file in the
 * user-data folder, marked as plain-text protection so the user is asked before anything is stored.
 */
export function safeStorageCipher(userData: string): SecretCipher {
  const protection = secretProtection({
    encryptionAvailable: safeStorage.isEncryptionAvailable(),
    linuxBackend: process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : null,
  });
  if (protection === 'plain-text-backend' && !safeStorage.isEncryptionAvailable()) {
    return { ...keyFileCipher(join(userData, 'secret.key')), protection };
  }
  return {
    protection,
    encrypt: (plain) => safeStorage.encryptString(plain),
    decrypt: (blob) => safeStorage.decryptString(blob),
  };
}
