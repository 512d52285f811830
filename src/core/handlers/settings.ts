import type { Handlers } from './types.ts';

export const settingsHandlers = {
  'settings.get': (_input, ctx) => ({ settings: ctx.settings.get(), recoveredFrom: ctx.settings.recoveredFrom }),
  'settings.update': (patch, ctx) => ctx.settings.update(patch),
} satisfies Partial<Handlers>;
