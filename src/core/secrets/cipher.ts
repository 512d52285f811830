/**
 * Encrypts secrets (PUK, PIN, eSIM activation codes) before they are stored. The app passes one backed by
 * Electron's safeStorage (the OS keychain); tests and the web transport pass an AES-GCM key file.
 */
export interface SecretCipher {
  /** `plain-text-backend`: the OS offers no keyring (Linux basic_text): the user must be told and asked. */
  readonly protection: 'os-keychain' | 'plain-text-backend' | 'key-file';
  encrypt(plain: string): Buffer;
  /** Throws when the blob cannot be decrypted (another machine, tampered, truncated). */
  decrypt(blob: Buffer): string;
}
