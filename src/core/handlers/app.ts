import type { Handlers } from './types.ts';

export const appHandlers = {
  'app.info': (_input, ctx) => ({
    version: ctx.config.version,
    schemaVersion: ctx.db.pragma('user_version', { simple: true }) as number,
    databasePath: ctx.config.databasePath,
    leadTimesDays: ctx.settings.get().leadTimesDays,
    now: ctx.clock.now().toISOString(),
  }),
} satisfies Partial<Handlers>;
