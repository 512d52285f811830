// electron-builder afterPack hook: flips the fuses of build/fuses.mjs into the packaged Electron binary
// (before signing, so the signature covers them).
import path from 'node:path';
import { flipFuses } from '@electron/fuses';
import { fuses } from './fuses.mjs';

export default async function afterPack(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const name = packager.appInfo.productFilename;
  const binary =
    electronPlatformName === 'darwin' || electronPlatformName === 'mas'
      ? path.join(appOutDir, `${name}.app`)
      : electronPlatformName === 'win32'
        ? path.join(appOutDir, `${name}.exe`)
        : path.join(appOutDir, packager.executableName);
  await flipFuses(binary, { ...fuses, resetAdHocDarwinSignature: electronPlatformName === 'darwin' && context.arch === 3 });
}
