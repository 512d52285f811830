import { describe, expect, it } from 'vitest';
import { secretProtection } from '../../electron/main/secret-protection.ts';

describe('how secrets are protected', () => {
  it.each([
    [{ encryptionAvailable: true, linuxBackend: null }, 'os-keychain'],
    [{ encryptionAvailable: true, linuxBackend: 'gnome_libsecret' }, 'os-keychain'],
    [{ encryptionAvailable: true, linuxBackend: 'kwallet5' }, 'os-keychain'],
    [{ encryptionAvailable: true, linuxBackend: 'basic_text' }, 'plain-text-backend'],
    [{ encryptionAvailable: true, linuxBackend: 'unknown' }, 'plain-text-backend'],
    [{ encryptionAvailable: false, linuxBackend: null }, 'plain-text-backend'],
  ] as const)('%j -> %s', (facts, expected) => {
    expect(secretProtection(facts)).toBe(expected);
  });
});
