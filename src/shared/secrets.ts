import * as z from 'zod';
import { Id } from './primitives.ts';

export const SECRET_KINDS = ['puk', 'pin', 'esim_activation', 'password_hint'] as const;
export type SecretKind = (typeof SECRET_KINDS)[number];

export const SECRET_PROTECTIONS = ['os-keychain', 'plain-text-backend', 'key-file'] as const;

const Which = { numberId: Id, kind: z.enum(SECRET_KINDS) };

export const SecretWhich = z.strictObject(Which);

export const SecretInput = z.strictObject({
  ...Which,
  value: z.string().trim().min(1).max(500),
  /** Needed when the OS has no keyring (Linux basic_text): the user was told and agreed. */
  acceptPlainTextBackend: z.boolean().default(false),
});

/** What a list shows of a secret: never its value. */
export const SecretInfo = z.object({
  kind: z.enum(SECRET_KINDS),
  updatedAt: z.string(),
  /** False when the stored blob cannot be decrypted here (another machine, tampered, truncated). */
  readable: z.boolean(),
});
