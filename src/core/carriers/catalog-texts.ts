// What Keepline says about a catalog carrier's researched rule, in the user's language: the notes on what
// the suggested rule leaves out and the lapse phase it creates. The research's own words (carriers.json is
// English) are quoted as they are and marked as the source's, never passed off as Keepline's sentence.
import { fill } from '#shared/messages.ts';
import type { Locale } from '#shared/locale.ts';

const TEXT = {
  en: {
    grace_phase: 'Grace period',
    works_quoted: 'The source: “{quote}”',
    table_conditions: 'The top-up table has conditions Keepline cannot check; it is not used.',
    mode_assumed: 'The source does not say whether top-ups add to the expiry date; Keepline counts from the top-up date.',
    counts_assumed: 'The source does not list what counts as activity; calls, SMS, data and top-ups are assumed.',
    no_billing_period: 'The source gives no billing period: enter the one on your plan.',
    no_rule: 'No rule Keepline can compute from the research. The source: “{quote}”',
    min_cost: 'Minimum: {amount}.',
    min_cost_per: 'Minimum: {amount} per period. The source’s period: “{quote}”',
    grace_unstated: 'The source gives no length for the grace period. The source: “{quote}”',
    phase: 'A lapse phase in the source: “{quote}”',
  },
  'zh-CN': {
    grace_phase: '宽限期',
    works_quoted: '来源原文：“{quote}”',
    table_conditions: '充值金额对照表附有 Keepline 无法核对的条件，未采用。',
    mode_assumed: '来源未说明充值是否在原到期日上累加；Keepline 按充值当天重新起算。',
    counts_assumed: '来源未列出哪些操作算作使用；假定通话、短信、上网和充值都算。',
    no_billing_period: '来源未给出计费周期：请填写您套餐的计费周期。',
    no_rule: 'Keepline 无法根据调研算出规则。来源原文：“{quote}”',
    min_cost: '最低金额：{amount}。',
    min_cost_per: '最低金额：每个周期 {amount}。来源原文中的周期：“{quote}”',
    grace_unstated: '来源未给出宽限期的长度。来源原文：“{quote}”',
    phase: '来源原文中的停机阶段：“{quote}”',
  },
} as const satisfies Record<Locale, Record<string, string>>;

export type CatalogTextKey = keyof (typeof TEXT)['en'];

/** A sentence of Keepline's; `quote` is the research's own text, put in as it is. */
export function catalogText(key: CatalogTextKey, locale: Locale, values: Record<string, string | number> = {}): string {
  return fill(TEXT[locale][key], values);
}

/** The source's words for a field of at most `max` characters: cut, with an ellipsis, to fit with their marker. */
export function quotedToFit(key: CatalogTextKey, locale: Locale, quote: string, max: number): string {
  const whole = catalogText(key, locale, { quote });
  if (whole.length <= max) return whole;
  const room = max - catalogText(key, locale, { quote: '' }).length - 1;
  return catalogText(key, locale, { quote: `${quote.slice(0, Math.max(0, room)).trimEnd()}…` });
}
