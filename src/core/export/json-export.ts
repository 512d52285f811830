import type { KeeplineExport } from '#shared/export-format.ts';
import type { HandlerContext } from '../context.ts';
import type { EventRow } from '../db/events-repo.ts';
import { moneyOf, stateOf, type NumberRow } from '../db/number-rows.ts';
import { inputOfRow } from '../records/number-input.ts';
import { progressEvery, type OnProgress } from './progress.ts';

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
    number: inputOfRow(row),
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

export function keeplineJson(ctx: HandlerContext, rows: readonly NumberRow[], includeSecrets: boolean, onProgress?: OnProgress): KeeplineExport {
  const progress = progressEvery(rows.length, onProgress);
  const numbers = rows.map((row, index) => {
    const exported = exportedNumber(ctx, row, includeSecrets);
    progress.tick(index + 1);
    return exported;
  });
  progress.end();
  return { format: 'keepline', version: 1, exportedAt: ctx.clock.now().toISOString(), numbers };
}
