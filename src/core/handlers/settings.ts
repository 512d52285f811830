import { replanAll } from '../reminders/replan.ts';
import type { Handlers } from './types.ts';

export const settingsHandlers = {
  'settings.get': (_input, ctx) => ({ settings: ctx.settings.get(), recoveredFrom: ctx.settings.recoveredFrom }),
  'settings.update': (patch, ctx) => {
    const settings = ctx.settings.update(patch);
    // Settings live in a file, not in the database: should this re-plan not happen, the next scan sees
    // the plan was built from other lead times and re-plans before claiming anything.
    if (patch.leadTimesDays !== undefined) ctx.db.transaction(() => replanAll(ctx)).immediate();
    return settings;
  },
} satisfies Partial<Handlers>;
