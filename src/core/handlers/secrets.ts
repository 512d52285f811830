import type { HandlerContext } from '../context.ts';
import { KeeplineError, invalidField } from '../errors.ts';
import { requireNumber } from './numbers.ts';
import type { Handlers } from './types.ts';

interface SecretRow {
  kind: 'puk' | 'pin' | 'esim_activation' | 'password_hint';
  ciphertext: Buffer;
  updated_at: string;
}

function decrypts(ctx: HandlerContext, blob: Buffer): boolean {
  try {
    ctx.cipher.decrypt(blob);
    return true;
  } catch {
    return false;
  }
}

function rowOf(ctx: HandlerContext, numberId: number, kind: string): SecretRow | undefined {
  return ctx.db.prepare('SELECT kind, ciphertext, updated_at FROM secrets WHERE number_id = ? AND kind = ?').get(numberId, kind) as
    | SecretRow
    | undefined;
}

export const secretHandlers = {
  'secrets.list': ({ numberId }, ctx) => {
    requireNumber(ctx, numberId);
    const rows = ctx.db.prepare('SELECT kind, ciphertext, updated_at FROM secrets WHERE number_id = ? ORDER BY kind').all(numberId) as SecretRow[];
    return {
      protection: ctx.cipher.protection,
      items: rows.map((row) => ({ kind: row.kind, updatedAt: row.updated_at, readable: decrypts(ctx, row.ciphertext) })),
    };
  },

  'secrets.set': ({ numberId, kind, value, acceptPlainTextBackend }, ctx) => {
    if (ctx.cipher.protection === 'plain-text-backend' && !acceptPlainTextBackend) {
      throw invalidField('acceptPlainTextBackend', 'plain_text_keyring');
    }
    const ciphertext = ctx.cipher.encrypt(value);
    const updatedAt = ctx.clock.now().toISOString();
    ctx.db.transaction(() => {
      requireNumber(ctx, numberId);
      ctx.db
        .prepare('INSERT INTO secrets (number_id, kind, ciphertext, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (number_id, kind) DO UPDATE SET ciphertext = excluded.ciphertext, updated_at = excluded.updated_at')
        .run(numberId, kind, ciphertext, updatedAt);
    }).immediate();
    return { kind, updatedAt, readable: true };
  },

  'secrets.reveal': ({ numberId, kind }, ctx) => {
    requireNumber(ctx, numberId);
    const row = rowOf(ctx, numberId, kind);
    if (!row) throw new KeeplineError('not_found', { what: 'secret' });
    try {
      return { value: ctx.cipher.decrypt(row.ciphertext) };
    } catch {
      throw invalidField('kind', 'secret_unreadable');
    }
  },

  'secrets.delete': ({ numberId, kind }, ctx) => {
    requireNumber(ctx, numberId);
    const changes = ctx.db.prepare('DELETE FROM secrets WHERE number_id = ? AND kind = ?').run(numberId, kind).changes;
    if (changes === 0) throw new KeeplineError('not_found', { what: 'secret' });
    return { deleted: kind };
  },
} satisfies Partial<Handlers>;
