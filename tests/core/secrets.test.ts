import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startCore, type Core } from '#core/core.ts';
import { silentLogger } from '#core/ports.ts';
import type { SecretCipher } from '#core/secrets/cipher.ts';
import { keyFileCipher } from '#core/secrets/key-file-cipher.ts';
import { ManualClock, numberInput, tempDir, testCore, type TestCore } from './support/test-core.ts';

const PUK = '73920581';
const LPA = 'LPA:1$smdp.example.com$K2-1ABCD-EFGH-IJKL-MNOP';

let core: TestCore;
beforeEach(async () => {
  core = await testCore();
});
afterEach(() => core.close());

function bytesOnDisk(dir: string): Buffer {
  return Buffer.concat(
    fs.readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name !== 'secret.key')
      .map((entry) => fs.readFileSync(path.join(entry.parentPath, entry.name))),
  );
}

describe('secrets', () => {
  it('are stored only as ciphertext: the plain value is nowhere in the database files', async () => {
    const { id } = await core.call('numbers.create', numberInput());
    await core.call('secrets.set', { numberId: id, kind: 'puk', value: PUK });
    await core.call('secrets.set', { numberId: id, kind: 'esim_activation', value: LPA });
    core.db.pragma('wal_checkpoint(PASSIVE)');
    const disk = bytesOnDisk(core.dir);
    expect(disk.includes(Buffer.from(PUK))).toBe(false);
    expect(disk.includes(Buffer.from('smdp.example.com'))).toBe(false);
    expect(disk.includes(Buffer.from('KLS1'))).toBe(true);
  });

  it('lists kinds without values, and reveals a value only when asked', async () => {
    const { id } = await core.call('numbers.create', numberInput());
    await core.call('secrets.set', { numberId: id, kind: 'puk', value: PUK });
    const list = await core.call('secrets.list', { numberId: id });
    expect(list).toEqual({ protection: 'key-file', items: [{ kind: 'puk', updatedAt: '2026-11-25T12:00:00.000Z', readable: true }] });
    expect(JSON.stringify(list)).not.toContain(PUK);
    expect(JSON.stringify(await core.call('numbers.get', { id }))).not.toContain(PUK);
    expect(await core.call('secrets.reveal', { numberId: id, kind: 'puk' })).toEqual({ value: PUK });
  });

  it('a blob that cannot be decrypted shows as such, and everything else still works', async () => {
    const { id } = await core.call('numbers.create', numberInput({ expiryDate: '2026-12-24' }));
    await core.call('secrets.set', { numberId: id, kind: 'puk', value: PUK });
    await core.call('secrets.set', { numberId: id, kind: 'pin', value: '1234' });
    core.db.prepare("UPDATE secrets SET ciphertext = substr(ciphertext, 1, length(ciphertext) - 3) WHERE kind = 'puk'").run();
    const list = await core.call('secrets.list', { numberId: id });
    expect(list.items).toEqual([
      { kind: 'pin', updatedAt: expect.any(String), readable: true },
      { kind: 'puk', updatedAt: expect.any(String), readable: false },
    ]);
    expect(await core.fail('secrets.reveal', { numberId: id, kind: 'puk' })).toMatchObject({ field: 'kind', reason: 'secret_unreadable' });
    expect(await core.call('secrets.reveal', { numberId: id, kind: 'pin' })).toEqual({ value: '1234' });
    expect((await core.call('numbers.get', { id })).deadlineOn).toBe('2026-12-24');
  });

  it('secrets from another machine (another key) are unreadable, not a crash', async () => {
    const { id } = await core.call('numbers.create', numberInput());
    await core.call('secrets.set', { numberId: id, kind: 'puk', value: PUK });
    core.close();
    fs.rmSync(path.join(core.dir, 'secret.key'));
    const moved: Core = await startCore({ databaseFile: core.file, clock: new ManualClock('2026-11-25T12:00:00Z'), logger: silentLogger, version: 'test', dailyBackup: false });
    const listed = await moved.dispatch('secrets.list', { numberId: id });
    expect(listed).toMatchObject({ ok: true, value: { items: [{ kind: 'puk', readable: false }] } });
    moved.close();
    core = await testCore();
  });

  it('with a plain-text keyring, storing asks for consent first', async () => {
    core.close();
    const dir = tempDir();
    const base = keyFileCipher(path.join(dir, 'k.key'));
    const plainText: SecretCipher = { ...base, protection: 'plain-text-backend' };
    const weak = await startCore({ databaseFile: path.join(dir, 'k.sqlite'), clock: new ManualClock('2026-11-25T12:00:00Z'), logger: silentLogger, version: 'test', dailyBackup: false, cipher: plainText });
    const created = await weak.dispatch('numbers.create', numberInput());
    const id = created.ok ? (created.value as { id: number }).id : 0;
    const refused = await weak.dispatch('secrets.set', { numberId: id, kind: 'puk', value: PUK });
    expect(refused).toMatchObject({ ok: false, error: { field: 'acceptPlainTextBackend', reason: 'plain_text_keyring' } });
    expect(await weak.dispatch('secrets.set', { numberId: id, kind: 'puk', value: PUK, acceptPlainTextBackend: true })).toMatchObject({ ok: true });
    weak.close();
    core = await testCore();
  });

  it('go with their number', async () => {
    const { id } = await core.call('numbers.create', numberInput());
    await core.call('secrets.set', { numberId: id, kind: 'password_hint', value: 'first pet' });
    await core.call('numbers.delete', { id });
    expect(core.db.prepare('SELECT count(*) AS n FROM secrets').get()).toEqual({ n: 0 });
  });
});
