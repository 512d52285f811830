import type { CarrierFields, CarrierSession, CarrierView } from '#shared/carriers.ts';
import { foldSearch } from '#shared/search-fold.ts';
import { carrierRowByCatalogId, carrierRowById, deleteCarrierRow, insertCarrierRow, updateCarrierFields } from '../db/carriers-repo.ts';
import { numbersByCarrier } from '../db/numbers-repo.ts';
import { KeeplineError } from '../errors.ts';
import type { HandlerContext } from '../context.ts';
import { allCarrierViews, carrierView, resolveCarrier, summaryOf, userRowId } from '../carriers/carrier-views.ts';
import { bundledCatalog } from '../carriers/catalog.ts';
import { carrierPartition } from '../carriers/session-partition.ts';
import type { Handlers } from './types.ts';
import { kept } from '../memo-map.ts';

function carrierNotFound(): KeeplineError {
  return new KeeplineError('not_found', { what: 'carrier' });
}

function requireCarrier(ctx: HandlerContext, id: string) {
  const view = carrierView(ctx.db, id, ctx.locale);
  if (!view) throw carrierNotFound();
  return view;
}

/** The session of a number's carrier account: keyed by the carrier it resolves to, else by its name. */
export function sessionOf(ctx: HandlerContext, carrier: string, country: string, accountRef: string) {
  const resolved = resolveCarrier(allCarrierViews(ctx.db, ctx.locale), carrier, country);
  return { carrier: resolved, partition: carrierPartition(resolved?.id ?? `name:${carrier}`, accountRef) };
}

const USER_DEFAULTS: CarrierFields = {
  name: '',
  country: null,
  timeZone: null,
  homepage: null,
  renewalUrl: null,
  notes: '',
  rules: [],
  lapsePhases: [],
  billingPeriod: null,
};

export const carrierHandlers = {
  'carriers.list': ({ search, origin }, ctx) => {
    // Any letter case, accents or not, traditional Chinese as simplified: as the number form's suggestions read it.
    const words = foldSearch(search.trim()).split(/\s+/).filter(Boolean);
    const items = allCarrierViews(ctx.db, ctx.locale)
      .filter((view) => origin === 'all' || (origin === 'user' ? view.origin === 'user' || view.edited : view.origin === 'catalog'))
      .filter((view) => {
        const haystack = foldSearch([view.name, view.company, view.country ?? '', view.id].join(' '));
        return words.every((word) => haystack.includes(word));
      })
      .map(summaryOf);
    return { items };
  },

  'carriers.get': ({ id }, ctx) => requireCarrier(ctx, id),

  'carriers.save': ({ id, fields }, ctx) =>
    ctx.db.transaction(() => {
      const now = ctx.clock.now().toISOString();
      if (id === undefined) {
        const complete = { ...USER_DEFAULTS, ...fields };
        if (!complete.name) throw new KeeplineError('invalid_input', {}, [{ field: 'fields.name', reason: 'required' }]);
        const rowId = insertCarrierRow(ctx.db, { catalog_id: null, fields: JSON.stringify(complete), created_at: now, updated_at: now });
        return requireCarrier(ctx, `user-${rowId}`);
      }
      const userId = userRowId(id);
      if (userId !== null) {
        const row = carrierRowById(ctx.db, userId);
        if (!row) throw carrierNotFound();
        const merged = { ...USER_DEFAULTS, ...(JSON.parse(row.fields) as object), ...fields };
        updateCarrierFields(ctx.db, userId, JSON.stringify(merged), now);
        return requireCarrier(ctx, id);
      }
      if (!bundledCatalog().has(id)) throw carrierNotFound();
      const existing = carrierRowByCatalogId(ctx.db, id);
      if (existing) {
        const merged = { ...(JSON.parse(existing.fields) as object), ...fields };
        updateCarrierFields(ctx.db, existing.id, JSON.stringify(merged), now);
      } else {
        insertCarrierRow(ctx.db, { catalog_id: id, fields: JSON.stringify(fields), created_at: now, updated_at: now });
      }
      return requireCarrier(ctx, id);
    }).immediate(),

  /** Deletes a user's carrier, or forgets the user's edits of a catalog carrier (which stays listed). */
  'carriers.delete': ({ id }, ctx) => {
    const userId = userRowId(id);
    const row = userId !== null ? carrierRowById(ctx.db, userId) : bundledCatalog().has(id) ? carrierRowByCatalogId(ctx.db, id) : undefined;
    if (userId === null && !bundledCatalog().has(id)) throw carrierNotFound();
    if (userId !== null && !row) throw carrierNotFound();
    if (row) deleteCarrierRow(ctx.db, row.id);
    return { deleted: id };
  },

  'carriers.suggestRule': ({ id }, ctx) => {
    const view = requireCarrier(ctx, id);
    return {
      carrierId: view.id,
      name: view.name,
      timeZone: view.timeZone,
      rules: view.rules,
      lapsePhases: view.lapsePhases,
      billingPeriod: view.billingPeriod,
      currency: view.currency,
      confidence: view.confidence,
      researchDate: view.researchDate,
      sources: view.sources,
      unmapped: view.unmapped,
      caveats: view.caveats,
    };
  },

  'carriers.sessions': (_input, ctx) => {
    const views = allCarrierViews(ctx.db, ctx.locale);
    const sessions = new Map<string, CarrierSession>();
    // Thousands of numbers name a few dozen carriers: each name is matched against the catalog once.
    const carriers = new Map<string, CarrierView | null>();
    const partitions = new Map<string, string>();
    for (const row of numbersByCarrier(ctx.db)) {
      const carrierKey = `${row.carrier}\u0000${row.country}`;
      const resolved = kept(carriers, carrierKey, () => resolveCarrier(views, row.carrier, row.country));
      const partition = kept(partitions, `${carrierKey}\u0000${row.account_ref}`, () => carrierPartition(resolved?.id ?? `name:${row.carrier}`, row.account_ref));
      const session = sessions.get(partition) ?? { partition, carrier: resolved?.name ?? row.carrier, accountRef: row.account_ref, numberIds: [], numbers: [] };
      session.numberIds.push(row.id);
      session.numbers.push(row.e164);
      sessions.set(partition, session);
    }
    return { items: [...sessions.values()] };
  },

  'carriers.clearSession': async ({ partition }, ctx) => {
    if (!ctx.carrierShell) return { cleared: false };
    await ctx.carrierShell.clearSession(partition);
    return { cleared: true };
  },
} satisfies Partial<Handlers>;
