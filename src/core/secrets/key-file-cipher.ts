import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import type { SecretCipher } from './cipher.ts';

const MAGIC = Buffer.from('KLS1');

/** AES-256-GCM with a random key kept in a file (created with owner-only permissions when missing). */
export function keyFileCipher(keyFile: string): SecretCipher {
  if (!fs.existsSync(keyFile)) fs.writeFileSync(keyFile, randomBytes(32), { mode: 0o600 });
  const key = fs.readFileSync(keyFile);
  if (key.length !== 32) throw new Error(`The secret key file ${keyFile} is damaged`);
  return {
    protection: 'key-file',
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([MAGIC, iv, cipher.getAuthTag(), body]);
    },
    decrypt(blob) {
      if (blob.length < MAGIC.length + 28 || !blob.subarray(0, 4).equals(MAGIC)) throw new Error('not a Keepline secret');
      const decipher = createDecipheriv('aes-256-gcm', key, blob.subarray(4, 16));
      decipher.setAuthTag(blob.subarray(16, 32));
      return Buffer.concat([decipher.update(blob.subarray(32)), decipher.final()]).toString('utf8');
    },
  };
}
