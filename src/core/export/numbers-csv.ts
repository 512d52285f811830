import type { NumberRow } from '../db/number-rows.ts';
import { readTags } from '../db/number-rows.ts';
import { formatE164 } from '../domain/phone.ts';
import { amountText } from './amount-text.ts';
import { csvLine, csvStart } from './csv.ts';
import { progressEvery, type OnProgress } from './progress.ts';

export const NUMBER_COLUMNS = [
  'number', 'formatted', 'country', 'label', 'owner', 'carrier', 'account_ref', 'kind', 'time_zone', 'plan_name',
  'plan_cost', 'currency', 'billing_period', 'expiry_date', 'next_deadline', 'auto_renew', 'payment_method',
  'card_expiry', 'tags', 'notes', 'archived',
];

/** A billing period as a person writes it and the spreadsheet import reads it back: "1 month", "30 days". */
function periodText(count: number | null, unit: string | null): string | null {
  if (count === null || unit === null) return null;
  return `${count} ${count === 1 ? unit.replace(/s$/, '') : unit}`;
}

export function numbersCsv(rows: readonly NumberRow[], onProgress?: OnProgress): string {
  const progress = progressEvery(rows.length, onProgress);
  let text = csvStart(NUMBER_COLUMNS);
  for (let index = 0; index < rows.length; index += 1) {
    const row = rows[index]!;
    text += csvLine([
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
      amountText(row.plan_cost_minor, row.plan_currency),
      row.plan_currency,
      periodText(row.billing_count, row.billing_unit),
      row.expiry_date,
      row.deadline_on,
      row.auto_renew === 1,
      row.payment_label,
      row.payment_card_expiry,
      readTags(row).join(', '),
      row.notes,
      row.archived === 1,
    ]);
    progress.tick(index + 1);
  }
  progress.end();
  return text;
}
