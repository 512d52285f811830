import type { FieldIssue } from '#shared/errors.ts';
import { KeeplineExport } from '#shared/export-format.ts';
import type { HandlerContext } from '../context.ts';
import { encodeState } from '../db/event-states.ts';
import { insertEventRow } from '../db/events-repo.ts';
import { findNumberByE164, writeNumberRow } from '../db/numbers-repo.ts';
import { stateColumns, stateOf } from '../db/number-rows.ts';
import { KeeplineError } from '../errors.ts';
import { checkNumberInput } from '../records/number-input.ts';
import { insertNumber, requireNumber, withDeadline } from '../handlers/numbers.ts';
import { issuesFromZod } from '../zod-issues.ts';
import { replanReminders } from '../reminders/replan.ts';
import { stepEvery } from '../jobs/job-control.ts';

export interface ImportSummary {
  created: number;
  skipped: number;
  events: number;
}

type Issue = Omit<FieldIssue, 'message'>;

/** Reads a Keepline JSON export; every problem is reported with its path (`numbers.3.number.phone`). */
export function parseKeeplineJson(content: string): KeeplineExport {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch {
    throw new KeeplineError('invalid_input', {}, [{ field: 'content', reason: 'bad_format' }]);
  }
  const parsed = KeeplineExport.safeParse(data, { reportInput: true });
  if (!parsed.success) throw new KeeplineError('invalid_input', {}, issuesFromZod(parsed.error.issues).map((issue) => ({ ...issue, field: `content.${issue.field}` })));
  return parsed.data;
}

/**
 * Imports a Keepline JSON export in one transaction: all of it or, on any invalid entry, nothing.
 * A number already in Keepline (same E.164) is skipped, never duplicated. History comes in as recorded
 * (not replayed), with the links that explain each date; imported events cannot be undone.
 */
export function importKeeplineJson(ctx: HandlerContext, data: KeeplineExport): ImportSummary {
  const issues: Issue[] = [];
  const checked = data.numbers.map((entry, index) => {
    try {
      return checkNumberInput(entry.number);
    } catch (error) {
      if (!(error instanceof KeeplineError)) throw error;
      issues.push(...error.issues.map((issue) => ({ ...issue, field: `content.numbers.${index}.number.${issue.field}` })));
      return null;
    }
  });
  if (issues.length > 0) throw new KeeplineError('invalid_input', {}, issues);

  return ctx.db.transaction(() => {
    const summary: ImportSummary = { created: 0, skipped: 0, events: 0 };
    const seen = new Set<string>();
    const step = stepEvery(ctx.job, 50);
    data.numbers.forEach((entry, index) => {
      step(index, data.numbers.length);
      const phone = checked[index]!;
      if (seen.has(phone.e164) || findNumberByE164(ctx.db, phone.e164)) {
        summary.skipped += 1;
        return;
      }
      seen.add(phone.e164);
      const { id } = insertNumber(ctx, entry.number, phone, { archived: entry.archived, createdAt: entry.createdAt });
      const eventIds = entry.events.map((event) => {
        const state = encodeState(requireNumber(ctx, id));
        return insertEventRow(ctx.db, {
          number_id: id,
          kind: event.kind,
          occurred_on: event.occurredOn,
          recorded_at: event.recordedAt,
          amount_minor: event.amount?.amountMinor ?? null,
          currency: event.amount?.currency ?? null,
          activity_type: event.activityType,
          method: event.method,
          reason: event.reason,
          note: event.note,
          source: event.source,
          details: JSON.stringify(event.details),
          state_before: state,
          state_after: state,
          revision_after: 0,
        });
      });
      summary.events += eventIds.length;
      const row = requireNumber(ctx, id);
      const state = stateOf(row);
      const pick = (index: number | null) => (index === null ? null : (eventIds[index] ?? null));
      const linked = {
        ...state,
        expiryEventId: pick(entry.anchors.expiryEvent),
        ruleSources: state.rules.map((_rule, rule) => pick(entry.anchors.ruleEvents[rule] ?? null)),
      };
      writeNumberRow(ctx.db, withDeadline(ctx, { ...row, ...stateColumns(linked) }));
      for (const secret of entry.secrets ?? []) {
        ctx.db
          .prepare('INSERT INTO secrets (number_id, kind, ciphertext, updated_at) VALUES (?, ?, ?, ?)')
          .run(id, secret.kind, ctx.cipher.encrypt(secret.value), ctx.clock.now().toISOString());
      }
      replanReminders(ctx, id);
      summary.created += 1;
    });
    step(data.numbers.length, data.numbers.length);
    return summary;
  }).immediate();
}
