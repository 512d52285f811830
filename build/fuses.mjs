// The Electron fuses of the packaged app, flipped into the binary by build/after-pack.mjs.
// tests/shell/packaging.test.ts asserts each one.
import { FuseV1Options, FuseVersion } from '@electron/fuses';

export const fuses = {
  version: FuseVersion.V1,
  // Not a Node runtime: ELECTRON_RUN_AS_NODE cannot turn Keepline into `node`.
  [FuseV1Options.RunAsNode]: false,
  // Carrier logins (cookies) are encrypted at rest with the OS keychain.
  [FuseV1Options.EnableCookieEncryption]: true,
  // No NODE_OPTIONS, no --inspect: nothing injects code into the main process from outside.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // Only the app.asar that shipped, checked against its embedded hash.
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
};
