// The core as the app runs it (statements cached per SQL text, as core.ts does), over a bench database.
import path from 'node:path';
import type Database from 'better-sqlite3';
import { withCachedStatements } from '#core/db/cached-statements.ts';
import { createDispatch, type Dispatch } from '#core/dispatch.ts';
import { silentLogger, type Clock } from '#core/ports.ts';
import { keyFileCipher } from '#core/secrets/key-file-cipher.ts';
import { memorySettings } from '#core/settings/settings-store.ts';
import { clock } from './dataset.ts';

export function dispatchOn(dir: string, db: Database.Database, file: string, at: Clock = clock): Dispatch {
  return createDispatch({
    database: { current: withCachedStatements(db), file, backupDir: () => path.join(dir, 'backups'), replace: () => Promise.reject(new Error('the bench restores nothing')) },
    settings: memorySettings(),
    cipher: keyFileCipher(path.join(dir, 'secret.key')),
    clock: at,
    logger: silentLogger,
    config: { version: 'bench', databasePath: file },
  });
}

export async function must(dispatch: Dispatch, method: string, input: unknown): Promise<unknown> {
  const envelope = await dispatch(method, input);
  if (!envelope.ok) throw new Error(`${method}: ${JSON.stringify(envelope.error)}`);
  return envelope.value;
}
