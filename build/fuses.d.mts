import type { FuseV1Options, FuseVersion } from '@electron/fuses';

export declare const fuses: { version: FuseVersion.V1 } & Partial<Record<FuseV1Options, boolean>>;
