// "Apply carrier rules" on the list's selection: each number whose carrier Keepline knows takes what it
// lacks of that carrier's rules, as an import does, so a number past its expiry but inside its carrier's
// grace shows in grace instead of lost.
import { carrierMatcher, carrierPatch, type CarrierOf } from '../carriers/carrier-fill.ts';
import { periodOf, readPhases, readRules, stateOf, type NumberRow } from '../db/number-rows.ts';
import { columnsFromInput, inputOfRow, stateFromInput } from '../records/number-input.ts';
import type { HandlerContext } from '../context.ts';
import { changeAll } from './bulk.ts';
import { requireNumber, withDeadline } from './numbers.ts';
import type { Handlers } from './types.ts';

/** The number's carrier, when Keepline knows it, and what it would fill in (null: nothing the number lacks). */
function carrierOfRow(row: NumberRow, carrierOf: CarrierOf) {
  const carrier = carrierOf(row.carrier, row.country);
  if (!carrier) return null;
  const held = { rules: readRules(row), lapsePhases: readPhases(row), billingPeriod: periodOf(row.billing_count, row.billing_unit), zoneGiven: false };
  return { carrier, patch: carrierPatch(held, carrier) };
}

/** The row with its carrier's rules filled in and its deadline worked out again; null when it keeps everything. */
function withCarrierRules(ctx: HandlerContext, row: NumberRow, carrierOf: CarrierOf): NumberRow | null {
  const patch = carrierOfRow(row, carrierOf)?.patch;
  if (!patch) return null;
  const input = { ...inputOfRow(row), ...patch };
  return withDeadline(ctx, { ...row, ...columnsFromInput(input, { e164: row.e164, country: row.country }, stateFromInput(input, stateOf(row))) });
}

export const bulkCarrierRulesHandlers = {
  'numbers.bulkCarrierRules': ({ ids }, ctx) => {
    const carrierOf = carrierMatcher(ctx.db, ctx.locale);
    return { changed: changeAll(ctx, ids, (row) => withCarrierRules(ctx, row, carrierOf)).length };
  },

  'numbers.carrierRulesCheck': ({ ids }, ctx) => {
    const carrierOf = carrierMatcher(ctx.db, ctx.locale);
    let matched = 0;
    let toFill = 0;
    for (const id of ids) {
      const found = carrierOfRow(requireNumber(ctx, id), carrierOf);
      if (!found) continue;
      matched += 1;
      if (found.patch) toFill += 1;
    }
    return { matched, unmatched: ids.length - matched, toFill };
  },
} satisfies Partial<Handlers>;
