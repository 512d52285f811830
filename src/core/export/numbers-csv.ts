import { minorToText } from '#shared/money.ts';
import type { NumberRow } from '../db/number-rows.ts';
import { periodOf, readTags } from '../db/number-rows.ts';
import { formatE164 } from '../domain/phone.ts';
import { toCsv } from './csv.ts';

export const NUMBER_COLUMNS = [
  'number', 'formatted', 'country', 'label', 'owner', 'carrier', 'account_ref', 'kind', 'time_zone', 'plan_name',
  'plan_cost', 'currency', 'billing_period', 'expiry_date', 'next_deadline', 'auto_renew', 'payment_method',
  'card_expiry', 'tags', 'notes', 'archived',
];

export function numbersCsv(rows: NumberRow[]): string {
  return toCsv(
    NUMBER_COLUMNS,
    rows.map((row) => {
      const period = periodOf(row.billing_count, row.billing_unit);
      return [
        row.e164,
        formatE164(row.e164).international,
        row.country,
        row.label,
        row.owner,
        row.carrier,
        row.account_ref,
        row.kind,
        row.time_zone,
        row.plan_name,
        row.plan_cost_minor === null || row.plan_currency === null ? null : minorToText(row.plan_cost_minor, row.plan_currency),
        row.plan_currency,
        period ? `${period.count} ${period.unit}` : null,
        row.expiry_date,
        row.deadline_on,
        row.auto_renew === 1,
        row.payment_label,
        row.payment_card_expiry,
        readTags(row).join(', '),
        row.notes,
        row.archived === 1,
      ];
    }),
  );
}
