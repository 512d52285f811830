import type { Handlers } from './types.ts';

export const settingsHandlers = {
  'settings.get': (_input, ctx) => ({ settings: ctx.settings.get(), recoveredFrom: ctx.settings.recoveredFrom }),
  'settings.update': async (patch, ctx) => {
    const settings = ctx.settings.update(patch);
    // Settings live in a file, not in the database: should this re-plan not happen, the next scan sees
    // the plan was built from other lead times and re-plans before claiming anything. It runs as a job
    // (the worker, in the app), so the answer waits for it but the core's thread does not.
    if (patch.leadTimesDays !== undefined) {
      const replanned = await ctx.jobs.run({ method: 'reminders.replanAll', input: {}, locale: ctx.locale });
      if (!replanned.ok) ctx.logger.warn('re-planning for new lead times failed; the next scan re-plans', { error: replanned.error.message });
    }
    return settings;
  },
} satisfies Partial<Handlers>;
