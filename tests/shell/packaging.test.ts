// The packaging config: fuses that close local code-injection paths, and the native database driver
// shipped as installed (unpacked from asar, never rebuilt).
import { readFileSync } from 'node:fs';
import { FuseV1Options } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { fuses } from '../../build/fuses.mjs';

const config = JSON.parse(readFileSync('electron-builder.json', 'utf8')) as Record<string, unknown>;

describe('packaged app', () => {
  it.each([
    [FuseV1Options.RunAsNode, false],
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable, false],
    [FuseV1Options.EnableNodeCliInspectArguments, false],
    [FuseV1Options.OnlyLoadAppFromAsar, true],
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation, true],
    [FuseV1Options.EnableCookieEncryption, true],
  ])('fuse %s is %s', (fuse, value) => {
    expect(fuses[fuse]).toBe(value);
  });

  it('flips the fuses after packing, in an asar, without rebuilding native modules', () => {
    expect(config).toMatchObject({ afterPack: 'build/after-pack.mjs', asar: true, npmRebuild: false, nodeGypRebuild: false });
    expect(config['asarUnpack']).toContain('node_modules/better-sqlite3/**');
  });
});
