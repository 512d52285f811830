import type { Change, EventView } from '#shared/events.ts';
import { decodeState } from '../db/event-states.ts';
import type { EventRow } from '../db/events-repo.ts';
import type { NumberRow } from '../db/number-rows.ts';
import { moneyOf, readRules, stateOf } from '../db/number-rows.ts';

/** The fields history shows as "before -> after". */
function changesBetween(before: NumberRow, after: NumberRow): Change[] {
  const changes: Change[] = [];
  const a = stateOf(before);
  const b = stateOf(after);
  if (a.expiryDate !== b.expiryDate) changes.push({ field: 'expiryDate', before: a.expiryDate, after: b.expiryDate });
  if (a.planName !== b.planName) changes.push({ field: 'planName', before: a.planName, after: b.planName });
  if (JSON.stringify(a.planCost) !== JSON.stringify(b.planCost)) changes.push({ field: 'planCost', before: a.planCost, after: b.planCost });
  if (JSON.stringify(a.billingPeriod) !== JSON.stringify(b.billingPeriod)) {
    changes.push({ field: 'billingPeriod', before: a.billingPeriod, after: b.billingPeriod });
  }
  const rulesAfter = readRules(after);
  readRules(before).forEach((rule, index) => {
    const next = rulesAfter[index];
    if (next && 'lastOn' in rule && 'lastOn' in next && rule.lastOn !== next.lastOn) {
      changes.push({ field: `rules.${index}.lastOn`, before: rule.lastOn, after: next.lastOn });
    }
  });
  if (before.deadline_on !== after.deadline_on) changes.push({ field: 'deadlineOn', before: before.deadline_on, after: after.deadline_on });
  return changes;
}

export function eventView(row: EventRow, undoable: boolean): EventView {
  return {
    id: row.id,
    numberId: row.number_id,
    kind: row.kind as EventView['kind'],
    occurredOn: row.occurred_on,
    recordedAt: row.recorded_at,
    amount: moneyOf(row.amount_minor, row.currency),
    activityType: row.activity_type as EventView['activityType'],
    method: row.method,
    reason: row.reason,
    note: row.note,
    source: row.source as EventView['source'],
    details: JSON.parse(row.details) as Record<string, unknown>,
    changes: changesBetween(decodeState(row.state_before), decodeState(row.state_after)),
    undoable,
  };
}
