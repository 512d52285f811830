import type { TFunction } from 'i18next';
import type { Locale } from '#shared/locale.ts';
import { formatMoney } from '#shared/money.ts';
import type { Money, Period } from '#shared/primitives.ts';
import { formatPeriod } from '#shared/locale.ts';
import type { Rule } from '#shared/rules.ts';

/** One line that says what a rule asks for, in the UI language. */
export function ruleSummary(rule: Rule, planCost: Money | null, billingPeriod: Period | null, locale: Locale, t: TFunction): string {
  const period = (p: Period) => formatPeriod(p, locale);
  // Amounts are in the rule's own currency, else the plan's; a bare number is left only when neither is known.
  const currency = ('currency' in rule ? rule.currency : undefined) ?? planCost?.currency;
  const money = (minor: number) => (currency ? formatMoney({ amountMinor: minor, currency }, locale) : String(minor));
  switch (rule.kind) {
    case 'activity': {
      const separator = locale === 'en' ? ', ' : '、';
      const actions = rule.counts.map((action) => t(`rules.actions.${action}`)).join(separator);
      return t('detail.ruleSummary.activity', { period: period(rule.every), actions });
    }
    case 'topup':
      return rule.minAmountMinor === null
        ? t('detail.ruleSummary.topup', { period: period(rule.every) })
        : t('detail.ruleSummary.topupMin', { period: period(rule.every), amount: money(rule.minAmountMinor) });
    case 'validity': {
      const base =
        rule.extension.type === 'fixed'
          ? t('detail.ruleSummary.validityFixed', { period: period(rule.extension.by) })
          : t('detail.ruleSummary.validityTable', {
              tiers: rule.extension.tiers
                .map((tier) => t('detail.ruleSummary.tier', { amount: money(tier.minAmountMinor), period: period(tier.by) }))
                .join(locale === 'en' ? '; ' : '；'),
            });
      const mode = t(`rules.modes.${rule.mode}`);
      const cap = rule.cap ? ` · ${t('detail.ruleSummary.cap', { period: period(rule.cap) })}` : '';
      const colon = locale === 'en' ? ': ' : '：';
      return `${base} · ${t('rules.mode')}${colon}${mode}${cap}`;
    }
    case 'fee':
      return t('detail.ruleSummary.fee', { period: billingPeriod ? period(billingPeriod) : '—' });
  }
}
