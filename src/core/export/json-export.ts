import type { KeeplineExport } from '#shared/export-format.ts';
import type { HandlerContext } from '../context.ts';
import type { EventRow } from '../db/events-repo.ts';
import { moneyOf, periodOf, readPhases, readTags, stateOf, type NumberRow } from '../db/number-rows.ts';

function exportedNumber(ctx: HandlerContext, row: NumberRow, includeSecrets: boolean): KeeplineExport['numbers'][number] {
  const events = ctx.db.prepare('SELECT * FROM events WHERE number_id = ? ORDER BY id').all(row.id) as EventRow[];
  const indexOf = (eventId: number | null) => {
    const index = eventId === null ? -1 : events.findIndex((event) => event.id === eventId);
    return index < 0 ? null : index;
  };
  const state = stateOf(row);
  const secrets = includeSecrets
    ? (ctx.db.prepare('SELECT kind, ciphertext FROM secrets WHERE number_id = ? ORDER BY kind').all(row.id) as { kind: 'puk'; ciphertext: Buffer }[])
        .flatMap((secret) => {
          try {
            return [{ kind: secret.kind, value: ctx.cipher.decrypt(secret.ciphertext) }];
          } catch {
            return []; // unreadable here: cannot be exported, and is not faked
          }
        })
    : undefined;
  return {
    number: {
      phone: row.e164,
      country: row.country || null,
      label: row.label,
      owner: row.owner,
      carrier: row.carrier,
      accountRef: row.account_ref,
      kind: row.kind,
      timeZone: row.time_zone,
      planName: row.plan_name,
      planCost: moneyOf(row.plan_cost_minor, row.plan_currency),
      billingPeriod: periodOf(row.billing_count, row.billing_unit),
      expiryDate: row.expiry_date,
      autoRenew: row.auto_renew === 1,
      paymentMethod: row.payment_label === null ? null : { label: row.payment_label, cardExpiry: row.payment_card_expiry },
      tags: readTags(row),
      notes: row.notes,
      rules: state.rules,
      lapsePhases: readPhases(row),
    },
    archived: row.archived === 1,
    createdAt: row.created_at,
    events: events.map((event) => ({
      kind: event.kind as never,
      occurredOn: event.occurred_on,
      recordedAt: event.recorded_at,
      amount: moneyOf(event.amount_minor, event.currency),
      activityType: event.activity_type as never,
      method: event.method,
      reason: event.reason,
      note: event.note,
      source: event.source as never,
      details: JSON.parse(event.details) as Record<string, unknown>,
    })),
    anchors: { expiryEvent: indexOf(state.expiryEventId), ruleEvents: state.ruleSources.map(indexOf) },
    ...(secrets ? { secrets } : {}),
  };
}

export function keeplineJson(ctx: HandlerContext, rows: NumberRow[], includeSecrets: boolean): KeeplineExport {
  return {
    format: 'keepline',
    version: 1,
    exportedAt: ctx.clock.now().toISOString(),
    numbers: rows.map((row) => exportedNumber(ctx, row, includeSecrets)),
  };
}
